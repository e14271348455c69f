namespace BugHunt;

/// <summary>The tutorial's toy problem: 5 examples of 4 features scaled by 10, 3 classes, labels [0, 1, 2, 2, 1].</summary>
internal static class ToyProblem
{
    public const int InputSize = 4;
    public const int HiddenSize = 10;
    public const int ClassCount = 3;
    public const int ExampleCount = 5;

    public static TwoLayerNet Network() => new(InputSize, HiddenSize, ClassCount, weightScale: 1e-1, seed: 0);

    public static double[] Inputs() => new GaussianRandom(seed: 1).NextArray(ExampleCount * InputSize, scale: 10.0);

    public static int[] Labels() => [0, 1, 2, 2, 1];
}
