using System.Diagnostics;
using System.Text;

namespace GradGate.Tasks.Tests.Reports.Sarif;

/// <summary>
/// The SARIF 2.1.0 tooling the tests check SARIF files with, installed by the project's own files: tests/tools/sarif's
/// package.json pins <c>@microsoft/sarif-multitool</c>, whose Linux package ships the SARIF 2.1.0 JSON schema
/// (<c>sarif-2.1.0.json</c>) beside the validator. The first test that needs them runs <c>npm ci</c> there (into a
/// git-ignored node_modules); without node and npm it fails saying so.
/// </summary>
internal static class SarifTools
{
    private static readonly Lazy<string> Installed = new(Install);

    private static readonly Lazy<JsonSchemaValidator> Schema = new(() => JsonSchemaValidator.Load(SchemaPath));

    public static string ToolsDirectory => RepositoryRoot("tests", "tools", "sarif");

    private static string PlatformPackage => Path.Combine(Installed.Value, "node_modules", "@microsoft", "sarif-multitool-linux");

    /// <summary>The SARIF 2.1.0 JSON schema (draft 2020-12) the multitool ships and validates with.</summary>
    public static string SchemaPath => Path.Combine(PlatformPackage, "sarif-2.1.0.json");

    /// <summary>Every way the SARIF file breaks the SARIF 2.1.0 JSON schema; empty when it is valid.</summary>
    public static IReadOnlyList<string> SchemaErrors(string sarifPath) => Schema.Value.Validate(File.ReadAllText(sarifPath));

    /// <summary>
    /// <c>npx @microsoft/sarif-multitool validate</c> on the file: the schema again and the SARIF validation rules, whose
    /// errors and warnings (a result without a region, a tool without a version) count; empty when it finds none. npx
    /// hands the arguments to a shell, so the path must not need quoting (a temporary file's does not).
    /// </summary>
    public static IReadOnlyList<string> MultitoolErrors(string sarifPath)
    {
        _ = Installed.Value;
        var output = Path.Combine(Path.GetTempPath(), "gradgate-sarif-validation-" + Guid.NewGuid().ToString("N") + ".sarif");
        try
        {
            var run = Run(
                "npx",
                ["--no-install", "@microsoft/sarif-multitool", "validate", Path.GetFullPath(sarifPath), "--output", output, "--log", "ForceOverwrite"],
                ToolsDirectory,
                TimeSpan.FromMinutes(3));
            if (!File.Exists(output))
            {
                return [$"sarif-multitool validate wrote no log (exit code {run.ExitCode}):\n{run.Output}"];
            }

            using var log = System.Text.Json.JsonDocument.Parse(File.ReadAllText(output));
            var errors = new List<string>();
            foreach (var sarifRun in log.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (!sarifRun.TryGetProperty("results", out var results))
                {
                    continue;
                }

                foreach (var result in results.EnumerateArray())
                {
                    var level = result.TryGetProperty("level", out var value) ? value.GetString() : "warning";
                    if (level is "error" or "warning")
                    {
                        errors.Add($"{level} {result.GetProperty("ruleId").GetString()}: {result.GetProperty("message").GetRawText()}");
                    }
                }
            }

            if (run.ExitCode != 0 && errors.Count == 0)
            {
                errors.Add($"sarif-multitool validate exited with {run.ExitCode}:\n{run.Output}");
            }

            return errors;
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string Install()
    {
        var directory = ToolsDirectory;
        var linuxPackage = Path.Combine(directory, "node_modules", "@microsoft", "sarif-multitool-linux");
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The SARIF checks install the Linux build of @microsoft/sarif-multitool; run them on Linux.");
        }

        // Two test projects (dotnet test of the solution runs them at once) must not run npm ci into one folder together.
        using var installing = TakeInstallLock(Path.Combine(directory, ".install.lock"));
        if (!File.Exists(Path.Combine(linuxPackage, "sarif-2.1.0.json")))
        {
            var npm = Run("npm", ["ci", "--no-audit", "--no-fund"], directory, TimeSpan.FromMinutes(8), missing:
                "node and npm are needed to install the SARIF 2.1.0 schema and validator (@microsoft/sarif-multitool) for this test, "
                + "and npm was not found on PATH. Install Node.js with npm (on Debian: apt-get install nodejs npm), then run the test "
                + $"again; it runs 'npm ci' in {directory} itself.");
            Assert.True(npm.ExitCode == 0, $"'npm ci' in {directory} failed (exit code {npm.ExitCode}); the SARIF tests need its packages:\n{npm.Output}");
        }

        // npm may hold back the package's postinstall (chmod u+x), which the validator needs to run.
        var executable = Path.Combine(linuxPackage, "Sarif.Multitool");
        File.SetUnixFileMode(executable, File.GetUnixFileMode(executable) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        return directory;
    }

    private static FileStream TakeInstallLock(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(500);
            }
        }
    }

    private static (int ExitCode, string Output) Run(string program, string[] arguments, string directory, TimeSpan limit, string? missing = null)
    {
        var startInfo = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(startInfo.ArgumentList.Add);
        Process process;
        try
        {
            process = Process.Start(startInfo)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                missing ?? $"'{program}' could not be started ({exception.Message}): node and npm are needed for the SARIF validator. "
                + "Install Node.js with npm (on Debian: apt-get install nodejs npm).",
                exception);
        }

        using (process)
        {
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(' ', arguments)} ran past {limit}:\n{output}");
            }

            process.WaitForExit();
            return (process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string RepositoryRoot(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GradGate.sln")))
            {
                return Path.Combine([directory.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException($"No GradGate.sln in {AppContext.BaseDirectory} or above it; run the tests from a build inside the repository.");
    }
}
