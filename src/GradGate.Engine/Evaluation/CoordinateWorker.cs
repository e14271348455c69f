using System.Numerics;

namespace GradGate.Engine.Evaluation;

/// <summary>
/// What one worker estimates coordinates with: live arrays in the order of the blocks, the objective over
/// them, and the context that counts its closure calls. The first worker is the check's own target; the
/// others are independent replicas built by the [GradCheck] method (see <see cref="Checks.Replicas"/>).
/// </summary>
internal sealed record CoordinateWorker<T>(IReadOnlyList<ArraySegment<T>> Live, IScalarObjective Objective, CheckContext Counter)
    where T : struct, IFloatingPointIeee754<T>
{
    /// <summary>The same worker over some of the blocks only, in the order given.</summary>
    public CoordinateWorker<T> Select(IEnumerable<int> blockIndices) => this with { Live = blockIndices.Select(index => Live[index]).ToList() };
}
