using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GradGate.Reports.Html.Tests;

/// <summary>
/// Headless Chromium with its DevTools endpoint open on a free port and a fresh profile: Debian's <c>/usr/bin/chromium</c>
/// (or the browser <c>GRADGATE_CHROMIUM</c> names), installed by <c>install-chromium.sh</c> when missing and installable.
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;

    private Chromium(Process process, string profile, Uri endpoint)
    {
        _process = process;
        _profile = profile;
        Endpoint = endpoint;
    }

    /// <summary>The browser's HTTP DevTools endpoint, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Endpoint { get; }

    private const string DebianChromium = "/usr/bin/chromium";

    public static string Executable => Environment.GetEnvironmentVariable("GRADGATE_CHROMIUM") is { Length: > 0 } path ? path : DebianChromium;

    /// <summary>Makes sure the browser exists, installing it with the project's script when it can; fails saying what to install when it cannot.</summary>
    public static void EnsureInstalled()
    {
        if (File.Exists(Executable))
        {
            return;
        }

        var script = Path.Combine(AppContext.BaseDirectory, "install-chromium.sh");
        var output = "";
        if (Executable == DebianChromium && File.Exists(script) && File.Exists("/bin/sh"))
        {
            using var install = Process.Start(new ProcessStartInfo("/bin/sh", [script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var error = install.StandardError.ReadToEndAsync();
            output = install.StandardOutput.ReadToEnd();
            install.WaitForExit();
            output += error.Result;
        }

        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"The HTML report tests need headless Chromium at {Executable}, which is missing{(output.Trim().Length > 0 ? $" and could not be installed ({output.Trim()})" : "")}. "
                + "Install Debian's 'chromium' package (sudo apt-get install -y chromium), or set GRADGATE_CHROMIUM to a Chromium or Chrome executable.");
        }
    }

    public static async Task<Chromium> LaunchAsync()
    {
        EnsureInstalled();
        var profile = Directory.CreateTempSubdirectory("gradgate-chromium-").FullName;
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars",
            "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", $"--user-data-dir={profile}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{Executable} did not start.");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                listening.TrySetException(new InvalidOperationException($"Chromium exited before opening DevTools:\n{log}"));
                return;
            }

            lock (log)
            {
                log.AppendLine(line.Data);
            }

            var match = Regex.Match(line.Data, @"DevTools listening on ws://([^/]+)/");
            if (match.Success)
            {
                listening.TrySetResult(new Uri($"http://{match.Groups[1].Value}/"));
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var ready = await Task.WhenAny(listening.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        if (ready != listening.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Chromium did not open its DevTools endpoint in 60 s:\n{log}");
        }

        return new Chromium(process, profile, await listening.Task);
    }

    /// <summary>The WebSocket of the browser's first page target.</summary>
    public async Task<Uri> PageSocketAsync()
    {
        using var http = new HttpClient { BaseAddress = Endpoint, Timeout = TimeSpan.FromSeconds(20) };
        var targets = await http.GetFromJsonAsync<JsonElement>("json/list");
        var page = targets.EnumerateArray().First(target => target.GetProperty("type").GetString() == "page");
        return new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
        {
            // Already gone.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a file for a moment; the temp folder is the system's to clean.
        }
    }
}
