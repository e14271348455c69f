namespace GradGate.Engine.Numerics;

/// <summary>
/// A random direction over a block's coordinates, read one component at a time so that no direction is held as an array
/// of doubles the size of the block. Components are about one in size and of random sign; the caller scales each to its
/// coordinate (<see cref="RelativeStep.Scale"/>).
/// </summary>
internal interface IDirection
{
    double Component(int coordinate);
}
