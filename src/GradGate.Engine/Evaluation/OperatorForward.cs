using System.Numerics;
using GradGate.Results;

namespace GradGate.Engine.Evaluation;

/// <summary>
/// The forward closure of an operator target, called on the live inputs through <see cref="ClosureCalls"/>,
/// with its output checked for a usable length.
/// </summary>
internal sealed class OperatorForward<T> : IVectorObjective<T>
    where T : struct, IFloatingPointIeee754<T>
{
    public const string Closure = "forward closure";

    private readonly CheckContext _context;
    private readonly Func<IReadOnlyList<T[]>, T[]> _forward;

    public OperatorForward(CheckContext context, Func<IReadOnlyList<T[]>, T[]> forward, NamedArrays<T> inputs)
    {
        _context = context;
        _forward = forward;
        Inputs = inputs.Select(input => input.Values.Array!).ToArray();
    }

    /// <summary>The live input arrays, as the forward and backward closures receive them.</summary>
    public IReadOnlyList<T[]> Inputs { get; }

    /// <summary>What the check is doing, for the message when the forward closure throws or misbehaves.</summary>
    public string Activity { get; set; } = "at the unperturbed point";

    /// <summary>The output length every call must return; set by the first call.</summary>
    public int OutputLength { get; private set; } = -1;

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
}
