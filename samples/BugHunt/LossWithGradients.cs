namespace BugHunt;

/// <summary>A loss value and its gradient with respect to each parameter, keyed by the parameter's name.</summary>
public sealed record LossWithGradients(double Value, IReadOnlyDictionary<string, double[]> Gradients);
