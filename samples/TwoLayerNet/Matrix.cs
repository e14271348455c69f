using System.Numerics.Tensors;

namespace TwoLayerNetSample;

/// <summary>The few matrix products the network needs, on flat row-major arrays.</summary>
internal static class Matrix
{
    public static Span<double> Row(double[] matrix, int row, int columns) => matrix.AsSpan(row * columns, columns);

    /// <summary>a [rows, inner] times b [inner, columns], plus <paramref name="bias"/> on every row.</summary>
    public static double[] MultiplyAddBias(double[] a, int rows, int inner, double[] b, double[] bias)
    {
        var columns = bias.Length;
        var product = new double[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            var productRow = Row(product, i, columns);
            bias.CopyTo(productRow);
            for (var k = 0; k < inner; k++)
            {
                TensorPrimitives.MultiplyAdd(Row(b, k, columns), a[i * inner + k], productRow, productRow);
            }
        }

        return product;
    }

    /// <summary>a^T b for a [rows, aColumns] and b [rows, bColumns]: the weight gradient of a layer.</summary>
    public static double[] TransposeMultiply(double[] a, int rows, int aColumns, double[] b, int bColumns)
    {
        var product = new double[aColumns * bColumns];
        for (var i = 0; i < rows; i++)
        {
            var bRow = Row(b, i, bColumns);
            for (var k = 0; k < aColumns; k++)
            {
                var productRow = Row(product, k, bColumns);
                TensorPrimitives.MultiplyAdd(bRow, a[i * aColumns + k], productRow, productRow);
            }
        }

        return product;
    }

    /// <summary>a b^T for a [rows, inner] and b [columns, inner]: the input gradient of a layer.</summary>
    public static double[] MultiplyTranspose(double[] a, int rows, int inner, double[] b, int columns)
    {
        var product = new double[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            var aRow = Row(a, i, inner);
            for (var j = 0; j < columns; j++)
            {
                product[i * columns + j] = TensorPrimitives.Dot(aRow, Row(b, j, inner));
            }
        }

        return product;
    }

    /// <summary>The sum over rows of a [rows, columns]: the bias gradient of a layer.</summary>
    public static double[] ColumnSums(double[] a, int rows, int columns)
    {
        var sums = new double[columns];
        for (var i = 0; i < rows; i++)
        {
            TensorPrimitives.Add(sums, Row(a, i, columns), sums);
        }

        return sums;
    }
}
