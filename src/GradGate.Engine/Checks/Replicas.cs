using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Results;

namespace GradGate.Engine.Checks;

/// <summary>
/// Builds the workers that estimate coordinates in parallel: the check's own target, then up to
/// <see cref="CheckContext.Workers"/> - 1 replicas from the [GradCheck] method, which is a factory. A replica
/// is used only when it is a fresh target with the same arrays, bit for bit, in arrays of its own; otherwise
/// the check runs on the workers it has and a message says why.
/// </summary>
internal static class Replicas
{
    public static List<CoordinateWorker<T>> ForLoss<T>(CheckContext context, LossTarget<T> target, IScalarObjective objective)
        where T : struct, IFloatingPointIeee754<T>
        => Build(context, target.Parameters, objective, "loss", replica => replica is LossTarget<T> loss
            ? new ReplicaParts<T>(loss.Parameters, counter => new LossObjective<T>(counter, loss.LossFunction))
            : null);

    public static List<CoordinateWorker<T>> ForOperator<T>(CheckContext context, OperatorTarget<T> target, IScalarObjective objective, double[] upstream)
        where T : struct, IFloatingPointIeee754<T>
        => Build(context, target.Inputs, objective, "operator", replica => replica is OperatorTarget<T> @operator
            ? new ReplicaParts<T>(@operator.Inputs, counter => new UpstreamProjection<T>(new OperatorForward<T>(counter, @operator.Forward, @operator.Inputs), upstream))
            : null);

    private static List<CoordinateWorker<T>> Build<T>(
        CheckContext context,
        NamedArrays<T> live,
        IScalarObjective objective,
        string kind,
        Func<GradCheckTarget, ReplicaParts<T>?> open)
        where T : struct, IFloatingPointIeee754<T>
    {
        var workers = new List<CoordinateWorker<T>> { new(Values(live), objective, context) };
        while (workers.Count < context.Workers && context.ReplicaFactory is { } factory)
        {
            var (replica, problem) = Call(factory);
            var opened = replica is null ? null : open(replica);
            problem ??= opened is { } parts
                ? Difference(live, parts.Live, workers)
                : $"the check's target is of kind {kind} over {ElementName(typeof(T))}, the copy's of kind {Describe(replica!)}";
            if (problem is null && opened is { } copy)
            {
                var counter = new CheckContext(context.Settings, context.Precision);
                workers.Add(new CoordinateWorker<T>(Values(copy.Live), copy.Objective(counter), counter));
                continue;
            }

            context.Findings.Add(
                DiagnosticCodes.InvalidTarget,
                Severity.Message,
                $"The coordinates were estimated by {Numbers.Count(workers.Count, "worker")} instead of {context.Workers}: the [GradCheck] method, called again "
                    + $"for another worker, did not build an independent copy of the target ({problem}). To check in parallel, build a fresh "
                    + "target with the same values and new arrays on every call (seed any random initialisation).");
            break;
        }

        return workers;
    }

    private static (GradCheckTarget? Target, string? Problem) Call(Func<GradCheckTarget> factory)
    {
        try
        {
            return factory() is { } built ? (built, null) : (null, "it returned null");
        }
        catch (Exception exception)
        {
            return (null, $"it threw {exception.GetType().FullName}: {exception.Message}");
        }
    }

    /// <summary>How a replica's arrays differ from the target's, or null when they are equal copies that no other worker holds.</summary>
    private static string? Difference<T>(NamedArrays<T> original, NamedArrays<T> replica, IEnumerable<CoordinateWorker<T>> workers)
        where T : struct, IFloatingPointIeee754<T>
    {
        if (!original.Select(array => array.Name).SequenceEqual(replica.Select(array => array.Name)))
        {
            return $"its arrays are {string.Join(", ", replica.Select(array => array.Name))} where the target's are {string.Join(", ", original.Select(array => array.Name))}";
        }

        var taken = workers.SelectMany(worker => worker.Live).Select(live => live.Array).ToHashSet(ReferenceEqualityComparer.Instance);
        for (var index = 0; index < original.Count; index++)
        {
            var (mine, theirs) = (original[index], replica[index]);
            if (!mine.Shape.SequenceEqual(theirs.Shape) || !mine.Values.AsSpan().SequenceEqual(theirs.Values.AsSpan()))
            {
                return $"its {mine.Name} holds other values or has another shape";
            }

            if (taken.Contains(theirs.Values.Array))
            {
                return $"its {mine.Name} is the very array another worker perturbs";
            }
        }

        return null;
    }

    private static string Describe(GradCheckTarget target) => $"{target.Kind.ToString().ToLowerInvariant()} over {ElementName(target.ElementType)}";

    private static string ElementName(Type elementType) => elementType == typeof(double) ? "double" : "float";

    private static List<ArraySegment<T>> Values<T>(NamedArrays<T> arrays)
        where T : struct
        => arrays.Select(array => array.Values).ToList();
}

/// <summary>What a worker needs from a replica: its live arrays and how to build its objective with its own counting context.</summary>
internal sealed record ReplicaParts<T>(NamedArrays<T> Live, Func<CheckContext, IScalarObjective> Objective)
    where T : struct;
