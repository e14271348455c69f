using System.Numerics;
using GradGate.Results;

namespace GradGate.Engine.Evaluation;

/// <summary>
/// The forward closure of an operator target, called on the live inputs through <see cref="ClosureCalls"/>,
/// with its output checked for a usable length, and the scalar <c>L(X) = sum(f(X) * G)</c> the numeric
/// gradient is taken of.
/// </summary>
internal sealed class OperatorForward<T> : IScalarObjective, IVectorObjective<T>
    where T : struct, IFloatingPointIeee754<T>
{
    public const string Closure = "forward closure";

    private readonly CheckContext _context;
    private readonly Func<IReadOnlyList<T[]>, T[]> _forward;
    private double[] _upstream = [];

    public OperatorForward(CheckContext context, Func<IReadOnlyList<T[]>, T[]> forward, NamedArrays<T> inputs)
    {
        _context = context;
        _forward = forward;
        Inputs = inputs.Select(input => input.Values).ToArray();
    }

    /// <summary>The live input arrays, as the forward and backward closures receive them.</summary>
    public IReadOnlyList<T[]> Inputs { get; }

    /// <summary>What the check is doing, for the message when the forward closure throws or misbehaves.</summary>
    public string Activity { get; set; } = "at the unperturbed point";

    /// <summary>The output length every call must return; set by the first call.</summary>
    public int OutputLength { get; private set; } = -1;

    /// <summary>Sets the upstream gradient <c>G</c> of <see cref="Evaluate"/>, one value per output.</summary>
    public void UseUpstream(double[] upstream) => _upstream = upstream;

    /// <summary>Calls the forward closure once; a null output, or one whose length changed, aborts the check (GG0014).</summary>
    public T[] Output()
    {
        var output = ClosureCalls.Invoke(_context, Closure, Activity, _forward, Inputs);
        if (output is not null && (OutputLength < 0 || output.Length == OutputLength))
        {
            OutputLength = output.Length;
            return output;
        }

        var found = output is null
            ? "null"
            : $"{output.Length} values where the first call returned {OutputLength}";
        throw new CheckAbortedException(new Finding
        {
            Code = DiagnosticCodes.InvalidTarget,
            Severity = Severity.Error,
            Message = $"The {Closure} returned {found} {Activity}: return a new output array of the same length on every call.",
        });
    }

    /// <summary><c>sum(f(X) * G)</c> accumulated in double, with <c>sum |f(X) * G|</c> as its rounding scale.</summary>
    public ScalarEvaluation Evaluate()
    {
        var output = Output();
        double sum = 0, magnitude = 0;
        for (var index = 0; index < output.Length; index++)
        {
            var term = double.CreateTruncating(output[index]) * _upstream[index];
            sum += term;
            magnitude += Math.Abs(term);
        }

        return new ScalarEvaluation(sum, magnitude);
    }
}
