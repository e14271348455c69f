using System.Text.Json;
using GradGate.Results;

namespace GradGate.Reports.Html.Tests;

/// <summary>
/// BugHunt's report written to a file, opened once in headless Chromium from <c>file://</c> (so nothing can be fetched),
/// with what the page logged, what a probe measured in it after load, and a full-page screenshot.
/// </summary>
public sealed class RenderedReport : IAsyncLifetime
{
    /// <summary>Runs in the page: what the tests assert on, measured by the browser's own layout.</summary>
    private const string Probe = """
        (() => {
          const size = element => { const box = element.getBoundingClientRect(); return { width: box.width, height: box.height }; };
          const section = element => element.closest('section.check');
          return JSON.stringify({
            pwned: typeof window.__gradgatePwned !== 'undefined',
            scripts: document.querySelectorAll('script').length,
            errorCharts: [...document.querySelectorAll('svg.chart-errors')].map(svg => ({ check: section(svg).id, ...size(svg), bars: svg.querySelectorAll('rect.bar').length })),
            scatterPlots: [...document.querySelectorAll('svg.chart-scatter')].map(svg => ({ check: section(svg).id, ...size(svg), points: svg.querySelectorAll('circle.point').length })),
            counts: Object.fromEntries([...document.querySelectorAll('.counts .count')].map(count => [count.dataset.verdict, Number(count.querySelector('.n').textContent)])),
            summaryRows: [...document.querySelectorAll('table.summary tbody tr')].map(row => row.dataset.verdict),
            headings: [...document.querySelectorAll('section.check h2')].map(heading => heading.textContent),
            codeLinksResolve: [...document.querySelectorAll('a.code')].every(link => document.getElementById(link.getAttribute('href').slice(1)) !== null),
            pageHeight: document.documentElement.scrollHeight,
          });
        })()
        """;

    public RunResult Run { get; private set; } = new();

    public string ReportPath { get; private set; } = "";

    public string ScreenshotPath { get; private set; } = "";

    public JsonElement Measured { get; private set; }

    /// <summary>Console errors, uncaught exceptions and error log entries (a refused script, a failed load), as text.</summary>
    public List<string> Errors { get; } = [];

    public async Task InitializeAsync()
    {
        Run = BugHuntRun.Instance;
        ReportPath = Path.Combine(Artifacts.Directory, "gradgate-bughunt.html");
        await File.WriteAllTextAsync(ReportPath, HtmlReportDocument.Render(Run));

        await using var browser = await Chromium.LaunchAsync();
        await using var page = await DevToolsSession.ConnectAsync(await browser.PageSocketAsync());
        await page.SendAsync("Runtime.enable");
        await page.SendAsync("Log.enable");
        await page.SendAsync("Page.enable");
        await page.SendAsync("Emulation.setDeviceMetricsOverride", new { width = 1280, height = 900, deviceScaleFactor = 1, mobile = false });
        await page.SendAsync("Page.navigate", new { url = new Uri(ReportPath).AbsoluteUri });
        await page.WaitForEventAsync("Page.loadEventFired", TimeSpan.FromSeconds(60));

        var probe = await page.SendAsync("Runtime.evaluate", new { expression = Probe, returnByValue = true });
        Measured = JsonDocument.Parse(probe.GetProperty("result").GetProperty("value").GetString()!).RootElement.Clone();

        var shot = await page.SendAsync("Page.captureScreenshot", new { format = "png", captureBeyondViewport = true }, TimeSpan.FromSeconds(120));
        ScreenshotPath = Path.Combine(Artifacts.Directory, "gradgate-bughunt.png");
        await File.WriteAllBytesAsync(ScreenshotPath, Convert.FromBase64String(shot.GetProperty("data").GetString()!));

        Errors.AddRange(page.Events.Select(Describe).OfType<string>());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string? Describe((string Method, JsonElement Params) e) => e.Method switch
    {
        "Runtime.exceptionThrown" => "exception: " + e.Params.GetProperty("exceptionDetails"),
        "Runtime.consoleAPICalled" when e.Params.GetProperty("type").GetString() is "error" or "assert" => "console: " + e.Params.GetProperty("args"),
        "Log.entryAdded" when e.Params.GetProperty("entry").GetProperty("level").GetString() == "error" => "log: " + e.Params.GetProperty("entry").GetProperty("text").GetString(),
        _ => null,
    };
}
