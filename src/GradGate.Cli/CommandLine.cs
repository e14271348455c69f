using System.CommandLine;
using System.CommandLine.Invocation;
using GradGate.Cli.Output;

namespace GradGate.Cli;

/// <summary>
/// <c>dotnet gradgate check &lt;project-or-assembly&gt; [options]</c>, parsed by System.CommandLine. The options carry the
/// names of the MSBuild properties they stand for (GradGateFilter is --filter), and their values are validated by the
/// gate itself, so a bad value gets the build's GG0012 message.
/// </summary>
internal sealed class CommandLine
{
    private readonly Argument<string> _input = new("project-or-assembly")
    {
        Description = "The project file (.csproj) or the built assembly (.dll) that declares the [GradCheck] methods.",
    };

    private readonly Option<string> _filter = new("--filter") { Description = "Only the checks matching these patterns (semicolon-separated, * wildcards); as GradGateFilter." };
    private readonly Option<string> _shard = new("--shard") { Description = "k/n: only shard k of n of the checks, for a CI job matrix; as GradGateShard (or GRADGATE_SHARD)." };
    private readonly Option<string> _mode = new("--mode") { Description = "full, fast or sampled for every check without its own mode; as GradGateMode." };
    private readonly Option<double?> _errorThreshold = new("--error-threshold") { Description = "Relative error above which a check fails (1e-5); as GradGateErrorThreshold." };
    private readonly Option<double?> _warningThreshold = new("--warning-threshold") { Description = "Relative error above which a check warns (1e-7); as GradGateWarningThreshold." };
    private readonly Option<double?> _epsilon = new("--epsilon") { Description = "Finite-difference step; as GradGateEpsilon (by default chosen per precision)." };
    private readonly Option<double?> _timeout = new("--timeout") { Description = "Seconds per check (60); as GradGateTimeout." };
    private readonly Option<string> _reportDirectory = new("--report-directory") { Description = "Where the reports go (default: gradgate/ beside the assembly, as in a build)." };
    private readonly Option<string> _reportFormats = new("--report-formats") { Description = "Semicolon-separated: json, junit, markdown, sarif, html (default: json;junit;markdown); empty writes none." };
    private readonly Option<string> _baseline = new("--baseline") { Description = "The baseline of known findings (default for a project: GradGate.baseline.json beside it)." };
    private readonly Option<int?> _maxParallelChecks = new("--max-parallel-checks") { Description = "How many checks run at the same time (default: the number of processors)." };
    private readonly Option<int?> _memoryLimit = new("--memory-limit") { Description = "Megabytes of managed heap for the runner (4096); 0 for no cap." };
    private readonly Option<string> _configuration = new("--configuration", "-c") { Description = "The configuration of a project's assembly.", DefaultValueFactory = _ => "Debug" };
    private readonly Option<string> _framework = new("--framework", "-f") { Description = "The target framework of a multi-targeted project's assembly." };
    private readonly Option<bool> _build = new("--build") { Description = "Build the project first (with the gate switched off: the tool runs the checks)." };
    private readonly Option<Verbosity> _verbosity = new("--verbosity", "-v") { Description = "minimal, normal or detailed.", DefaultValueFactory = _ => Verbosity.Minimal };

    private readonly Argument<string[]> _shardReports = new("reports")
    {
        Description = "The JSON reports of the shards (gradgate.shard-k-of-n.json), one per job of the matrix.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _mergeReportDirectory = new("--report-directory") { Description = "Where the merged reports go (default: gradgate in the current folder)." };
    private readonly Option<string> _mergeReportFormats = new("--report-formats") { Description = "Semicolon-separated: json, junit, markdown, sarif, html (default: json;junit;markdown)." };
    private readonly Option<Verbosity> _mergeVerbosity = new("--verbosity", "-v") { Description = "minimal, normal or detailed.", DefaultValueFactory = _ => Verbosity.Minimal };

    /// <param name="check">Runs the checks with the parsed options and returns the exit code.</param>
    /// <param name="merge">Merges the shards' reports with the parsed options and returns the exit code.</param>
    public CommandLine(Func<CheckOptions, int> check, Func<MergeOptions, int>? merge = null)
    {
        _mode.AcceptOnlyFromAmong("full", "fast", "sampled");
        var checkAction = check;
        var checkCommand = new Command("check", "Run the gradient checks of a built project or assembly, with the messages and reports of the build gate.")
        {
            _input, _filter, _shard, _mode, _errorThreshold, _warningThreshold, _epsilon, _timeout, _reportDirectory, _reportFormats, _baseline,
            _maxParallelChecks, _memoryLimit, _configuration, _framework, _build, _verbosity,
        };
        checkCommand.SetAction(parsed => checkAction(Options(parsed)));
        var mergeCommand = new Command("merge", "Merge the JSON reports of the shards of a CI job matrix (GradGateShard=k/n) into the reports of the whole run.")
        {
            _shardReports, _mergeReportDirectory, _mergeReportFormats, _mergeVerbosity,
        };
        var mergeAction = merge ?? (_ => ExitCodes.CouldNotRun);
        mergeCommand.SetAction(parsed => mergeAction(MergeOptions(parsed)));
        Root = new RootCommand("GradGate: gradient checks of .NET code outside the build. Exit codes: 0 passed, 1 a check failed, 2 could not run, 130 cancelled.")
        {
            checkCommand,
            mergeCommand,
        };
    }

    public RootCommand Root { get; }

    public ParseResult Parse(IReadOnlyList<string> arguments) => Root.Parse(arguments);

    public MergeOptions MergeOptions(ParseResult parsed) => new()
    {
        Reports = parsed.GetValue(_shardReports) ?? [],
        ReportDirectory = parsed.GetValue(_mergeReportDirectory),
        ReportFormats = parsed.GetResult(_mergeReportFormats) is null ? null : parsed.GetValue(_mergeReportFormats) ?? "",
        Verbosity = parsed.GetValue(_mergeVerbosity),
    };

    public CheckOptions Options(ParseResult parsed) => new()
    {
        Input = parsed.GetValue(_input)!,
        Filter = parsed.GetValue(_filter),
        Shard = parsed.GetValue(_shard),
        Mode = parsed.GetValue(_mode),
        ErrorThreshold = AsTyped(parsed, _errorThreshold),
        WarningThreshold = AsTyped(parsed, _warningThreshold),
        Epsilon = AsTyped(parsed, _epsilon),
        TimeoutSeconds = AsTyped(parsed, _timeout),
        ReportDirectory = parsed.GetValue(_reportDirectory),
        ReportFormats = parsed.GetResult(_reportFormats) is null ? null : parsed.GetValue(_reportFormats) ?? "",
        Baseline = parsed.GetValue(_baseline),
        MaxParallelChecks = AsTyped(parsed, _maxParallelChecks),
        MemoryLimitMegabytes = AsTyped(parsed, _memoryLimit),
        Configuration = parsed.GetValue(_configuration) ?? "Debug",
        Framework = parsed.GetValue(_framework),
        Build = parsed.GetValue(_build),
        Verbosity = parsed.GetValue(_verbosity),
    };

    /// <summary>
    /// A number option's value as typed: System.CommandLine has checked that it is a number, and the gate gets the text, as it
    /// gets a property's, so its messages quote what the user wrote (1e-8, not 1E-08).
    /// </summary>
    private static string? AsTyped<T>(ParseResult parsed, Option<T> option) => parsed.GetResult(option)?.Tokens.FirstOrDefault()?.Value;

    /// <summary>Whether parsing ended in System.CommandLine's own error action (unknown option, missing argument, bad value).</summary>
    public static bool IsParseError(ParseResult parsed) => parsed.Action is ParseErrorAction;
}
