using System.Numerics;

namespace GradGate.Engine.Evaluation;

/// <summary>The scalar an operator's numeric gradient is taken of: <c>L(X) = sum(f(X) * G)</c> for a fixed upstream gradient <c>G</c>.</summary>
internal sealed class UpstreamProjection<T>(OperatorForward<T> forward, double[] upstream) : IScalarObjective
    where T : struct, IFloatingPointIeee754<T>
{
    public string Activity
    {
        get => forward.Activity;
        set => forward.Activity = value;
    }

    /// <summary>Accumulated in double, with <c>sum |f(X) * G|</c> as its rounding scale.</summary>
    public ScalarEvaluation Evaluate()
    {
        var output = forward.Output();
        double sum = 0, magnitude = 0;
        for (var index = 0; index < output.Length; index++)
        {
            var term = double.CreateTruncating(output[index]) * upstream[index];
            sum += term;
            magnitude += Math.Abs(term);
        }

        return new ScalarEvaluation(sum, magnitude);
    }
}
