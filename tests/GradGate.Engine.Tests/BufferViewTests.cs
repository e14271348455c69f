using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>Parameters that are views into one flat buffer, as performance-minded code lays out a network's weights.</summary>
public sealed class BufferViewTests
{
    /// <summary>
    /// <c>sum((W x + b)^2)</c> with W [2,3] at elements 1..6 of one buffer and b [2] at 7..8; elements 0 and 9 belong to no
    /// parameter (another layer's), which the check must never move. <paramref name="bFactor"/> other than 1 breaks db.
    /// </summary>
    private static (LossTarget<double> Target, double[] Buffer) Layer(double bFactor = 1)
    {
        double[] buffer = [42.0, 0.5, -1.0, 2.0, 1.5, 0.25, -0.75, 0.1, -0.2, -42.0];
        var w = new ArraySegment<double>(buffer, 1, 6);
        var b = new ArraySegment<double>(buffer, 7, 2);
        double[] x = [1.0, -2.0, 0.5];
        double[] Output() => [.. Enumerable.Range(0, 2).Select(i => b[i] + Enumerable.Range(0, 3).Sum(j => w[(i * 3) + j] * x[j]))];
        var target = GradCheckTarget.Loss(
            new NamedArrays<double> { { "W", w, 2, 3 }, { "b", b } },
            () => Output().Sum(y => y * y),
            () =>
            {
                var y = Output();
                return new Dictionary<string, double[]>
                {
                    ["W"] = [.. from i in Enumerable.Range(0, 2) from j in Enumerable.Range(0, 3) select 2 * y[i] * x[j]],
                    ["b"] = [.. y.Select(value => bFactor * 2 * value)],
                };
            });
        return (target, buffer);
    }

    [Fact]
    public void Views_into_one_buffer_are_checked_block_by_block_and_the_buffer_is_left_as_it_was()
    {
        var (target, buffer) = Layer();
        var before = buffer.ToArray();

        var result = Checking.Run(target);

        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Equal([("W", 6), ("b", 2)], result.Blocks.Select(block => (block.Name, block.Length)));
        Assert.Equal(before, buffer);
    }

    [Fact]
    public void A_wrong_gradient_of_one_view_fails_on_that_view_with_its_own_coordinates()
    {
        var (target, _) = Layer(bFactor: 2);

        var result = Checking.Run(target, new CheckOverrides { Mode = "fast" });

        var finding = Assert.Single(result.Findings);
        Assert.Equal((DiagnosticCodes.GradientMismatch, "b"), (finding.Code, finding.Block));
        Assert.Equal(["b[0]", "b[1]"], result.Block("b").Worst.Select(coordinate => coordinate.Label).Order());
    }

    [Fact]
    public void A_memory_over_an_array_is_the_same_view_as_its_segment()
    {
        double[] buffer = [9.0, 1.5, -2.0, 0.25, 9.0];
        var x = buffer.AsMemory(1, 3);
        var target = GradCheckTarget.Loss(
            new NamedArrays<double> { { "x", x } },
            () => x.Span.ToArray().Sum(v => v * v * v),
            () => new Dictionary<string, double[]> { ["x"] = [.. x.Span.ToArray().Select(v => 3 * v * v)] });

        var result = Checking.Run(target);

        Assert.Equal((Verdict.Passed, 3), (result.Verdict, result.Block("x").Length));
        Assert.Equal([9.0, 1.5, -2.0, 0.25, 9.0], buffer);
    }

    [Fact]
    public void A_memory_that_is_not_over_an_array_is_refused_with_what_to_do()
    {
        using var pool = new NativeMemory(4);

        var exception = Assert.Throws<InvalidGradCheckTargetException>(() => new NamedArrays<double> { { "x", pool.Memory } });

        Assert.Contains("is not over an array", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>Memory that no array holds, as a native allocation gives.</summary>
    private sealed unsafe class NativeMemory(int length) : System.Buffers.MemoryManager<double>
    {
        private readonly double* _pointer = (double*)System.Runtime.InteropServices.NativeMemory.AllocZeroed((nuint)length, sizeof(double));

        public override Span<double> GetSpan() => new(_pointer, length);

        public override System.Buffers.MemoryHandle Pin(int elementIndex = 0) => new(_pointer + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing) => System.Runtime.InteropServices.NativeMemory.Free(_pointer);
    }

    [Fact]
    public void Overlapping_views_of_one_buffer_are_refused_with_the_elements_they_share()
    {
        var buffer = new double[10];

        var exception = Assert.Throws<InvalidGradCheckTargetException>(() => new NamedArrays<double>
        {
            { "W", new ArraySegment<double>(buffer, 0, 6) },
            { "b", new ArraySegment<double>(buffer, 5, 2) },
        });

        Assert.StartsWith("The view 'b' (elements 5 to 6 of its buffer) overlaps 'W' (elements 0 to 5)", exception.Message);
    }

    [Fact]
    public void A_default_view_and_a_view_given_as_an_operator_input_are_refused_with_what_to_do()
    {
        var empty = Assert.Throws<InvalidGradCheckTargetException>(() => new NamedArrays<double> { { "W", default(ArraySegment<double>) } });
        var input = Assert.Throws<InvalidGradCheckTargetException>(() => GradCheckTarget.Operator(
            new NamedArrays<double> { { "x", new ArraySegment<double>(new double[4], 1, 2) } },
            inputs => inputs[0],
            (inputs, upstream) => [upstream]));

        Assert.Contains("has no buffer", empty.Message, StringComparison.Ordinal);
        Assert.Contains("give it a whole array", input.Message, StringComparison.Ordinal);
    }
}
