using GradGate.Results;

namespace GradGate.Reports.Sarif;

/// <summary>
/// Every GG code as a rule: what it means and what to do, word for word the code table of docs/diagnostics.md (a test
/// holds the two together). The SARIF report lists them as its tool's rules.
/// </summary>
internal static class DiagnosticRules
{
    /// <summary>Where GradGate's documentation lives; each rule's help links to its row of the code table there.</summary>
    public const string ProjectHome = "https://github.com/gradgate/gradgate";

    public const string DiagnosticsPage = ProjectHome + "/blob/main/docs/diagnostics.md";

    public static IReadOnlyList<DiagnosticRule> All { get; } =
    [
        new(
            DiagnosticCodes.GradientMismatch,
            nameof(DiagnosticCodes.GradientMismatch),
            Severity.Error,
            "Analytic and numeric gradients disagree above the error threshold.",
            "Fix the backward pass of the named block; the worst coordinates show where."),
        new(
            DiagnosticCodes.GradientMismatchWarning,
            nameof(DiagnosticCodes.GradientMismatchWarning),
            Severity.Warning,
            "The relative error is in the warning band.",
            "Usually a precision issue: check the step, the element type, or a subtle bug in the named block."),
        new(
            DiagnosticCodes.NonFinite,
            nameof(DiagnosticCodes.NonFinite),
            Severity.Error,
            "NaN or infinity in the loss, the output, or a gradient.",
            "Look for overflow (`exp` of large values), division by zero, `log(0)`."),
        new(
            DiagnosticCodes.DeadGradient,
            nameof(DiagnosticCodes.DeadGradient),
            Severity.Error,
            "Every gradient value is zero: a dead or disconnected gradient.",
            "Check that the gradient closure returns what the backward pass computed, and that activations are not all dead."),
        new(
            DiagnosticCodes.DeadBlock,
            nameof(DiagnosticCodes.DeadBlock),
            Severity.Warning,
            "A gradient-health target (`GradCheckTarget.Health`) has one block entirely zero while others are not. (Loss and operator targets have a numeric side to judge a zero block by: GG0001 when the numeric gradient is not zero, GG0023 when it is.)",
            "A parameter that does not reach the loss, or a backward path that is not wired."),
        new(
            DiagnosticCodes.Nondeterministic,
            nameof(DiagnosticCodes.Nondeterministic),
            Severity.Error,
            "The loss differs between two evaluations at the same point.",
            "Turn off dropout, batch statistics and any randomness in the check target."),
        new(
            DiagnosticCodes.MutatedInput,
            nameof(DiagnosticCodes.MutatedInput),
            Severity.Error,
            "A call left the parameters or inputs changed, or a JVP or HVP call changed the tangent or direction it was given.",
            "Do not update parameters or inputs in loss, gradient, forward, backward, JVP, HVP or Hessian calls; write a product into a new array, not into its tangent."),
        new(
            DiagnosticCodes.Inconclusive,
            nameof(DiagnosticCodes.Inconclusive),
            Severity.Warning,
            "A perturbation crossed a non-differentiable point: inconclusive.",
            "Move the check point away from kinks (ReLU at 0, `max`, `abs`)."),
        new(
            DiagnosticCodes.CheckThrew,
            nameof(DiagnosticCodes.CheckThrew),
            Severity.Error,
            "The check (or its `[GradCheck]` method) threw.",
            "The message keeps the exception; fix the target."),
        new(
            DiagnosticCodes.Timeout,
            nameof(DiagnosticCodes.Timeout),
            Severity.Error,
            "The check ran past `GradGateTimeout`.",
            "Make the target smaller or raise `GradGateTimeout`."),
        new(
            DiagnosticCodes.RunnerCrashed,
            nameof(DiagnosticCodes.RunnerCrashed),
            Severity.Error,
            "The runner process died while running the check.",
            "The check kills its process (`Environment.FailFast`, `Environment.Exit`, stack overflow); the message keeps what the process printed. A build cancelled with Ctrl-C, or a runner stopped by a signal from outside, is never this (see GG0021)."),
        new(
            DiagnosticCodes.BadConfiguration,
            nameof(DiagnosticCodes.BadConfiguration),
            Severity.Error,
            "A `GradGate*` property or attribute value is not accepted, including a `GradGateFilter` that selects none of the checks and a `GradGateBaselineFile` that is a folder.",
            "The message names the property, the value and what is accepted."),
        new(
            DiagnosticCodes.NoTargets,
            nameof(DiagnosticCodes.NoTargets),
            Severity.Warning,
            "The project references GradGate but declares no `[GradCheck]` target.",
            "Add a target, or remove the package reference."),
        new(
            DiagnosticCodes.InvalidTarget,
            nameof(DiagnosticCodes.InvalidTarget),
            Severity.Error,
            "The target is defined wrongly (wrong gradient length, missing or extra names, null closures, no parameters, wrong method signature), or two checks can be mistaken for each other (one class, one `Name`; a `Name` that is another check's id).",
            "The message says what to change, and names both checks of a clash."),
        new(
            DiagnosticCodes.PrecisionLimit,
            nameof(DiagnosticCodes.PrecisionLimit),
            Severity.Warning,
            "The figures are at the limit of the element type's precision: float64 settings forced on a float32 target, or a block whose loss rounds too coarsely for any step GradGate may take to resolve its gradient (a tiny gradient beside a huge loss), which is then neither passed nor failed.",
            "Use the float32 defaults (remove the overrides), compute the target in double, or make the loss smaller at the check's point (fewer terms, a smaller scale); the message says which."),
        new(
            DiagnosticCodes.RuntimeUnavailable,
            nameof(DiagnosticCodes.RuntimeUnavailable),
            Severity.Error,
            "No installed .NET runtime can run the project's target framework.",
            "Install a runtime, or target a runnable framework (not `netstandard`)."),
        new(
            DiagnosticCodes.Skipped,
            nameof(DiagnosticCodes.Skipped),
            Severity.Message,
            "The check was skipped by its attribute.",
            "Nothing; remove `Skip` to run it again."),
        new(
            DiagnosticCodes.UnreadableInput,
            nameof(DiagnosticCodes.UnreadableInput),
            Severity.Error,
            "The built assembly or the stored results are missing or unreadable.",
            "Build again; if it persists, delete the project's `obj/` folder."),
        new(
            DiagnosticCodes.StaleBaselineEntry,
            nameof(DiagnosticCodes.StaleBaselineEntry),
            Severity.Warning,
            "A baseline entry matches no finding of this build: the finding was fixed, or its check was renamed.",
            "Regenerate the baseline (`dotnet build -p:GradGateGenerateBaseline=true`) and commit it."),
        new(
            DiagnosticCodes.JobSummaryUnwritable,
            nameof(DiagnosticCodes.JobSummaryUnwritable),
            Severity.Warning,
            "The Markdown summary could not be added to the GitHub job summary (`$GITHUB_STEP_SUMMARY` names a folder or an unwritable file).",
            "Nothing is lost: the reports are written and the verdict stands. Check what the step sets `GITHUB_STEP_SUMMARY` to."),
        new(
            DiagnosticCodes.RunInterrupted,
            nameof(DiagnosticCodes.RunInterrupted),
            Severity.Error,
            "Something outside the build stopped the checks' process with a signal (SIGTERM, SIGINT, SIGHUP, SIGQUIT) while the build itself was not cancelled. The build has no verdict, and nothing was stored.",
            "Build again (the checks run again). If something on the build machine stops long-running processes, exempt the build or raise its limit."),
        new(
            DiagnosticCodes.PrivateReferenceInPackage,
            nameof(DiagnosticCodes.PrivateReferenceInPackage),
            Severity.Warning,
            "A packable project (not a test project) declares `[GradCheck]` methods and references GradGate with `PrivateAssets=\"all\"`: its package would not depend on GradGate, so its consumers would get methods and attributes of an assembly they do not have. Reported by the analyzer, once per project, at its first check.",
            "Put checks in a test or checks project (`IsPackable` false); set `<IsPackable>false</IsPackable>` if the project is never packed; or drop `PrivateAssets=\"all\"` (the API then flows to consumers, the gate does not)."),
        new(
            DiagnosticCodes.NothingVerified,
            nameof(DiagnosticCodes.NothingVerified),
            Severity.Error,
            "Nothing was verified for a block: its analytic and numeric gradients are both zero at every coordinate, so a wrong backward pass would pass too. The message says why when a probe can tell (the loss does not change even when the block moves far: nothing reads it; or it does: every unit it feeds is inactive at this point, such as a dead ReLU layer).",
            "Check at a point where the block contributes (other inputs or weights, another seed). If its gradient is meant to be zero there, declare it on the target: `.AllowZeroGradient(\"b2\")`."),
        new(
            DiagnosticCodes.AdjointMismatch,
            nameof(DiagnosticCodes.AdjointMismatch),
            Severity.Error,
            "The adjoint (dot-product) test failed: two products that must be each other's transpose are not, beyond rounding. For an operator with a JVP, `<G, J t>` differs from `<J^T G, t>` (its JVP and its backward closure disagree); for a second-order target, `<u, H v>` differs from `<H u, v>` or the full Hessian differs from its transpose (the Hessian is not symmetric). No finite difference is involved, so the thresholds are set by the element type's rounding alone: an error above 16384 machine epsilons (3.6e-12 in float64, 2e-3 in float32), a warning above 256 (5.7e-14, 3.1e-5).",
            "One of the two products computes a different derivative: the finite-difference blocks say which when the error is large; when they pass, the inconsistency is too small for them, so look for a term the two compute differently (a constant, an epsilon added in one only, a factor applied twice, a missing symmetrisation)."),
    ];

    public static DiagnosticRule? Find(string code) => All.FirstOrDefault(rule => rule.Code == code);
}
