using System.Text;

namespace GradGate.Reports.Html;

/// <summary>The readable label of a flat coordinate of a block, such as <c>W1[2,7]</c>, from the block's row-major shape.</summary>
internal static class CoordinateLabels
{
    public static string Of(string block, int[] shape, int flatIndex)
    {
        if (shape.Length == 0)
        {
            return block;
        }

        var index = new int[shape.Length];
        var rest = flatIndex;
        for (var axis = shape.Length - 1; axis >= 0; axis--)
        {
            var extent = Math.Max(1, shape[axis]);
            index[axis] = rest % extent;
            rest /= extent;
        }

        var label = new StringBuilder(block).Append('[');
        label.Append(string.Join(",", index.Select(HtmlFigures.Exact))).Append(']');
        return label.ToString();
    }
}
