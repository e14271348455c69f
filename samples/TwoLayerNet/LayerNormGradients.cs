namespace TwoLayerNetSample;

/// <summary>What <see cref="LayerNorm.Backward"/> returns: one gradient per input of the forward pass.</summary>
public sealed record LayerNormGradients(double[] X, double[] Gamma, double[] Beta);
