using GradGate.Results;

namespace GradGate.Engine.Tests;

/// <summary>An operator's output shape: Jacobian entries name output and input coordinates as the user thinks of them.</summary>
public sealed class OutputShapeTests
{
    /// <summary>The outer product <c>Y[i,j] = a[i] b[j]</c> of a 2-vector and a 3-vector; a wrong backward forgets b[2]'s share of da.</summary>
    private static OperatorTarget<double> Outer(bool dropLastColumn)
        => GradCheckTarget.Operator(
            new NamedArrays<double> { { "a", [0.5, -1.5] }, { "b", [2.0, 0.25, -1.0] } },
            inputs => [.. from i in Enumerable.Range(0, 2) from j in Enumerable.Range(0, 3) select inputs[0][i] * inputs[1][j]],
            (inputs, dy) =>
            {
                var (a, b) = (inputs[0], inputs[1]);
                var da = new double[2];
                var db = new double[3];
                for (var i = 0; i < 2; i++)
                {
                    for (var j = 0; j < 3; j++)
                    {
                        da[i] += dropLastColumn && j == 2 ? 0 : dy[(i * 3) + j] * b[j];
                        db[j] += dy[(i * 3) + j] * a[i];
                    }
                }

                return [da, db];
            });

    [Fact]
    public void Jacobian_entries_name_the_output_by_its_shape()
    {
        var result = Checking.Run(Outer(dropLastColumn: true).WithOutputShape(2, 3).WithFullJacobian());

        var jacobian = result.Block("dY/da");
        Assert.Equal(Verdict.Failed, jacobian.Verdict);
        Assert.Equal(["dY[0,2]/da[0]", "dY[1,2]/da[1]"], jacobian.Worst.Select(coordinate => coordinate.Label).Order());
        Assert.Equal([1, 2, 1], jacobian.Worst.Single(coordinate => coordinate.Label == "dY[1,2]/da[1]").Index);
        Assert.Equal(Verdict.Passed, result.Block("dY/db").Verdict);
    }

    [Fact]
    public void Without_a_shape_the_output_is_flat_as_before()
    {
        var result = Checking.Run(Outer(dropLastColumn: true).WithFullJacobian());

        Assert.Equal(["dY[2]/da[0]", "dY[5]/da[1]"], result.Block("dY/da").Worst.Select(coordinate => coordinate.Label).Order());
    }

    [Fact]
    public void A_shape_that_does_not_hold_the_output_is_an_invalid_target()
    {
        var result = Checking.Run(Outer(dropLastColumn: false).WithOutputShape(3, 3));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticCodes.InvalidTarget, finding.Code);
        Assert.Equal(
            "The forward closure returned 6 values, but the output shape [3,3] given with WithOutputShape holds 9: give the shape of the output "
                + "forward returns (flat, row-major), or leave WithOutputShape out.",
            finding.Message);
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 2, 0 })]
    public void An_empty_or_zero_dimension_is_refused_when_the_target_is_built(int[] shape)
    {
        var exception = Assert.Throws<InvalidGradCheckTargetException>(() => Outer(dropLastColumn: false).WithOutputShape(shape));

        Assert.Contains("give every dimension of the output, each at least 1", exception.Message, StringComparison.Ordinal);
    }
}
