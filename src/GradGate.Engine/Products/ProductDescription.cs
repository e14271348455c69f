using GradGate.Engine.Findings;

namespace GradGate.Engine.Products;

/// <summary>How a product check names what it compares, in block names, coordinates and messages.</summary>
/// <param name="Product">The product's short name: <c>JVP</c>, <c>HVP</c>.</param>
/// <param name="Closure">The closure that computes it: <c>JVP closure</c>.</param>
/// <param name="Function">What is differenced at the moved points, for messages: <c>output</c>, <c>gradient</c>.</param>
/// <param name="Rows">How the function's values are named: <c>Y[3]</c>, <c>W1[2,7]</c>.</param>
/// <param name="Entry">Writes one entry of the product's matrix from its row and column labels: <c>dY[3]/dx[1,2]</c>.</param>
/// <param name="ColumnsBlock">The name of the block of the matrix's columns for one input: <c>JVP dY/dx</c>.</param>
internal sealed record ProductDescription(
    string Product,
    string Closure,
    string Function,
    CoordinateNaming Rows,
    IReadOnlyList<int> RowShape,
    Func<string, string, string> Entry,
    Func<string, string> ColumnsBlock);
