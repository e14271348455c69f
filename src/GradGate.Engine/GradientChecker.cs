using System.Diagnostics;
using GradGate.Engine.Checks;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Exact;
using GradGate.Engine.Judging;
using GradGate.Engine.Products;
using GradGate.Engine.Settings;
using GradGate.Results;

namespace GradGate.Engine;

/// <summary>The engine's entry point: judges one target and returns plain data. Never throws for anything a target does.</summary>
internal static class GradientChecker
{
    /// <param name="replicas">
    /// Builds another, independent copy of <paramref name="target"/> (the [GradCheck] method, called again), so
    /// that up to <see cref="CheckOverrides.Workers"/> workers can estimate coordinates in parallel; null runs sequentially.
    /// </param>
    public static CheckResult Check(GradCheckTarget target, CheckIdentity identity, CheckOverrides overrides, Func<GradCheckTarget>? replicas = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var precision = ElementPrecision.Of(target.ElementType);
        var settings = SettingsResolver.Resolve(precision, overrides, Coordinates(target));
        var context = new CheckContext(settings, precision) {
            Workers = Math.Max(1, overrides.Workers),
            ReplicaFactory = replicas,
            AdaptsStep = overrides.Epsilon is null,
        };
        var problems = SettingsResolver.Problems(settings).ToList();
        foreach (var problem in problems)
        {
            context.Findings.Add(DiagnosticCodes.BadConfiguration, Severity.Error, problem);
        }

        if (problems.Count == 0)
        {
            Run(target, context);
        }

        return new CheckResult
        {
            Id = identity.Id,
            Name = identity.Name,
            ClassName = identity.ClassName,
            MethodName = identity.MethodName,
            Variant = identity.Variant,
            Kind = KindName(target.Kind),
            Verdict = context.Findings.Verdict(),
            RelativeError = context.RelativeError,
            MaxElementRelativeError = context.MaxElementRelativeError,
            Settings = settings,
            Blocks = ValueSample.KeepWorstBlocks(context.Blocks),
            Findings = context.Findings.WorstFirst(),
            Evaluations = context.Evaluations,
            DurationSeconds = stopwatch.Elapsed.TotalSeconds,
        };
    }

    private static void Run(GradCheckTarget target, CheckContext context)
    {
        try
        {
            switch (target)
            {
                case LossTarget<double> loss:
                    LossCheck.Run(loss, context);
                    break;
                case LossTarget<float> loss:
                    LossCheck.Run(loss, context);
                    break;
                case OperatorTarget<double> @operator:
                    OperatorCheck.Run(@operator, context);
                    break;
                case OperatorTarget<float> @operator:
                    OperatorCheck.Run(@operator, context);
                    break;
                case HvpTarget<double> hvp:
                    HvpCheck.Run(hvp, context);
                    break;
                case HvpTarget<float> hvp:
                    HvpCheck.Run(hvp, context);
                    break;
                case HealthTarget<double> health:
                    HealthCheck.Run(health, context);
                    break;
                case HealthTarget<float> health:
                    HealthCheck.Run(health, context);
                    break;
                case { Kind: TargetKind.Generic }:
                    GenericCheck.Run(target, context);
                    break;
                default:
                    throw new UnreachableException($"GradGate has no check for {target.GetType().Name} targets.");
            }
        }
        catch (CheckAbortedException aborted)
        {
            context.Findings.Add(aborted.Finding);
        }
    }

    /// <summary>How many coordinates finite differences would perturb: every element of the parameters or inputs.</summary>
    private static int Coordinates(GradCheckTarget target) => target switch
    {
        LossTarget<double> loss => loss.Parameters.Sum(parameter => parameter.Values.Count),
        LossTarget<float> loss => loss.Parameters.Sum(parameter => parameter.Values.Count),
        OperatorTarget<double> @operator => @operator.Inputs.Sum(input => input.Values.Count),
        OperatorTarget<float> @operator => @operator.Inputs.Sum(input => input.Values.Count),
        HvpTarget<double> hvp => hvp.Parameters.Sum(parameter => parameter.Values.Count),
        HvpTarget<float> hvp => hvp.Parameters.Sum(parameter => parameter.Values.Count),
        { Kind: TargetKind.Generic } => GenericCheck.Coordinates(target),
        _ => 0,
    };

    private static string KindName(TargetKind kind) => kind switch
    {
        TargetKind.Loss => "loss",
        TargetKind.Operator => "operator",
        TargetKind.Health => "health",
        TargetKind.Hvp => "hvp",
        TargetKind.Generic => "generic",
        _ => throw new UnreachableException($"GradGate has no name for {kind} targets."),
    };
}
