using System.Numerics;
using GradGate.Engine.Evaluation;
using GradGate.Engine.Findings;
using GradGate.Engine.Numerics;
using GradGate.Results;

namespace GradGate.Engine.Checks;

/// <summary>
/// Copies the gradients a closure returned into engine-owned doubles, one array per live array in order,
/// and reports everything that does not fit them as an invalid target (GG0014). Copying at once also
/// guards against a target that reuses its gradient buffers in later calls.
/// </summary>
internal static class GradientCapture
{
    /// <returns>One array per expected name, or null when the dictionary does not fit (the findings say why).</returns>
    public static double[][]? FromDictionary<T>(CheckContext context, IReadOnlyDictionary<string, T[]>? returned, NamedArrays<T> expected, string closure)
        where T : struct, IFloatingPointIeee754<T>
    {
        var names = string.Join(", ", expected.Select(array => array.Name));
        if (returned is null)
        {
            Report(context, $"The {closure} returned null: return a dictionary with one gradient array per parameter ({names}).");
            return null;
        }

        var problems = 0;
        var unknown = returned.Keys.Where(key => !expected.Any(array => array.Name == key)).ToList();
        if (unknown.Count > 0)
        {
            problems++;
            Report(context, $"The {closure} returned gradients for {string.Join(", ", unknown)}, which are not parameters of the target: "
                + $"key each gradient by the name of its parameter ({names}).");
        }

        var missing = expected.Where(array => !returned.ContainsKey(array.Name)).Select(array => array.Name).ToList();
        if (missing.Count > 0)
        {
            problems++;
            Report(context, $"The {closure} returned no gradient for {string.Join(", ", missing)}: return one array per parameter, keyed by "
                + "the name of the parameter.");
        }

        var captured = new double[expected.Count][];
        for (var index = 0; index < expected.Count; index++)
        {
            if (returned.TryGetValue(expected[index].Name, out var gradient))
            {
                problems += Capture(context, gradient, expected[index], $"The {closure} returned", $"the gradient of {expected[index].Name}", captured, index);
            }
        }

        return problems == 0 ? captured : null;
    }

    /// <returns>One array per input, or null when the list does not fit (the findings say why).</returns>
    public static double[][]? FromList<T>(CheckContext context, IReadOnlyList<T[]>? returned, NamedArrays<T> inputs, string closure)
        where T : struct, IFloatingPointIeee754<T>
    {
        var names = string.Join(", ", inputs.Select(array => array.Name));
        if (returned is null || returned.Count != inputs.Count)
        {
            var got = returned is null ? "null" : Numbers.Count(returned.Count, "gradient");
            Report(context, $"The {closure} returned {got} but the operator has {Numbers.Count(inputs.Count, "input")} ({names}): return one gradient per input, "
                + "in the order of the inputs.");
            return null;
        }

        var captured = new double[inputs.Count][];
        var problems = 0;
        for (var index = 0; index < inputs.Count; index++)
        {
            problems += Capture(context, returned[index], inputs[index], $"The {closure} returned", $"the gradient of input '{inputs[index].Name}'", captured, index);
        }

        return problems == 0 ? captured : null;
    }

    private static int Capture<T>(CheckContext context, T[]? gradient, NamedArray<T> live, string source, string what, double[][] captured, int index)
        where T : struct, IFloatingPointIeee754<T>
    {
        var shape = "[" + string.Join(",", live.Shape) + "]";
        if (gradient is null)
        {
            Report(context, $"{source} null as {what}: return an array of {live.Values.Count} values (shape {shape}).", live.Name);
            return 1;
        }

        if (gradient.Length != live.Values.Count)
        {
            Report(context, $"{source} {gradient.Length} values as {what}, but {live.Name} has {live.Values.Count} (shape {shape}): "
                + $"return one value per element of {live.Name}, in its row-major order.", live.Name);
            return 1;
        }

        captured[index] = Widen.ToDoubles(gradient);
        return 0;
    }

    private static void Report(CheckContext context, string message, string? block = null)
        => context.Findings.Add(DiagnosticCodes.InvalidTarget, Severity.Error, message, block);
}
