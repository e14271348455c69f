using System.Numerics;

namespace GradGate.Engine.Evaluation;

/// <summary>The loss of a loss target, evaluated through <see cref="ClosureCalls"/>.</summary>
internal sealed class LossObjective<T>(CheckContext context, Func<T> loss) : IScalarObjective
    where T : struct, IFloatingPointIeee754<T>
{
    public const string Closure = "loss closure";

    /// <summary>What the check is doing, for the message when the loss throws.</summary>
    public string Activity { get; set; } = "at the unperturbed point";

    public ScalarEvaluation Evaluate()
    {
        var value = double.CreateTruncating(ClosureCalls.Invoke(context, Closure, Activity, loss));
        return new ScalarEvaluation(value, Math.Abs(value));
    }
}
