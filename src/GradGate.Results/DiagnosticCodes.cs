namespace GradGate.Results;

/// <summary>
/// The stable codes of every kind of finding. Once shipped, a code keeps its meaning forever; docs/diagnostics.md
/// documents each with what to do about it.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>Analytic and numeric gradients disagree above the error threshold.</summary>
    public const string GradientMismatch = "GG0001";

    /// <summary>The relative error is above the warning threshold but not above the error threshold.</summary>
    public const string GradientMismatchWarning = "GG0002";

    /// <summary>The loss, the output, the analytic or the numeric gradient holds NaN or an infinity.</summary>
    public const string NonFinite = "GG0003";

    /// <summary>Every gradient value is exactly zero: a dead or disconnected gradient.</summary>
    public const string DeadGradient = "GG0004";

    /// <summary>One parameter block is entirely zero while others are not.</summary>
    public const string DeadBlock = "GG0005";

    /// <summary>The loss (or output) differs between two evaluations at the same point.</summary>
    public const string Nondeterministic = "GG0006";

    /// <summary>A loss, gradient, forward or backward call left the parameters or inputs changed.</summary>
    public const string MutatedInput = "GG0007";

    /// <summary>A perturbation crossed a non-differentiable point; those coordinates were not judged.</summary>
    public const string Inconclusive = "GG0008";

    /// <summary>The check, or the method that builds it, threw an exception.</summary>
    public const string CheckThrew = "GG0009";

    /// <summary>The check ran longer than GradGateTimeout.</summary>
    public const string Timeout = "GG0010";

    /// <summary>The runner process died while running the check (FailFast, stack overflow, Environment.Exit).</summary>
    public const string RunnerCrashed = "GG0011";

    /// <summary>A GradGate* property or attribute override has a value GradGate does not accept.</summary>
    public const string BadConfiguration = "GG0012";

    /// <summary>The project references GradGate but declares no [GradCheck] target.</summary>
    public const string NoTargets = "GG0013";

    /// <summary>The target is defined wrongly: wrong gradient length, missing or extra names, null closures, no parameters.</summary>
    public const string InvalidTarget = "GG0014";

    /// <summary>The figures are at the limit of the element type's precision (a float32 target judged with float64 settings).</summary>
    public const string PrecisionLimit = "GG0015";

    /// <summary>No .NET runtime that can run the project's target framework is installed.</summary>
    public const string RuntimeUnavailable = "GG0016";

    /// <summary>The check was skipped by its attribute.</summary>
    public const string Skipped = "GG0017";

    /// <summary>A file the gate needs is missing or unreadable: the built assembly, or the stored results of the last run.</summary>
    public const string UnreadableInput = "GG0018";

    /// <summary>A baseline entry matches no current finding: the finding was fixed or its check renamed, so the baseline should be regenerated.</summary>
    public const string StaleBaselineEntry = "GG0019";

    /// <summary>The GitHub job summary ($GITHUB_STEP_SUMMARY) could not be written; the reports and the verdict stand.</summary>
    public const string JobSummaryUnwritable = "GG0020";

    /// <summary>Something outside the build stopped the runner with a signal: the build has no verdict, and nothing was stored.</summary>
    public const string RunInterrupted = "GG0021";

    /// <summary>
    /// A packable project declares checks but references GradGate with PrivateAssets="all": its package would carry
    /// types and attributes from an assembly its consumers never get. Reported by the analyzer.
    /// </summary>
    public const string PrivateReferenceInPackage = "GG0022";

    /// <summary>
    /// Nothing was verified for a block: its analytic and numeric gradients are both zero everywhere (an unused parameter,
    /// every unit it feeds inactive), unless the target declares it with AllowZeroGradient.
    /// </summary>
    public const string NothingVerified = "GG0023";

    /// <summary>
    /// The adjoint (dot-product) test failed: two products that must be each other's transpose are not, beyond rounding. An
    /// operator's JVP and backward pass (<c>&lt;G, J v&gt; != &lt;J^T G, v&gt;</c>), or a Hessian-vector product or a full
    /// Hessian that is not symmetric (<c>&lt;u, H v&gt; != &lt;H u, v&gt;</c>).
    /// </summary>
    public const string AdjointMismatch = "GG0024";
}
