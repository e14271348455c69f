using GradGate.Results;
using GradGate.Gate.BuildLog;

namespace GradGate.Gate.Baseline;

/// <summary>
/// What a baseline changes in a build: the run as the build log sees it (covered findings lowered to messages),
/// the baseline's own diagnostics (stale entries, a malformed file) and the notes printed before the summary.
/// </summary>
internal sealed record BaselineOutcome(RunResult ForBuildLog, IReadOnlyList<BuildDiagnostic> Diagnostics, IReadOnlyList<string> Notes);
