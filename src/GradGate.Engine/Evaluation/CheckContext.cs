using GradGate.Engine.Findings;
using GradGate.Engine.Settings;
using GradGate.Results;

namespace GradGate.Engine.Evaluation;

/// <summary>What one check accumulates while it runs: its settings, closure calls, blocks and findings.</summary>
internal sealed class CheckContext(CheckSettings settings, ElementPrecision precision)
{
    public CheckSettings Settings { get; } = settings;

    public ElementPrecision Precision { get; } = precision;

    /// <summary>The mode the settings name; full for settings that <see cref="SettingsResolver.Problems"/> refuses, which run nothing.</summary>
    public GradCheckMode Mode { get; } = CheckModes.Parse(settings.Mode) ?? GradCheckMode.Full;

    /// <summary>
    /// Whether GradGate chose the step (the element type's default) and so may take a larger one where the rounding of the
    /// loss hides what the step must resolve; a step the user set is used as set.
    /// </summary>
    public bool AdaptsStep { get; init; }

    /// <summary>How many workers may estimate coordinates at once; more than one only with a <see cref="ReplicaFactory"/>.</summary>
    public int Workers { get; init; } = 1;

    /// <summary>Builds an independent copy of the target for another worker: the [GradCheck] method, called again.</summary>
    public Func<GradCheckTarget>? ReplicaFactory { get; init; }

    public FindingCollector Findings { get; } = new();

    public List<BlockResult> Blocks { get; } = [];

    /// <summary>How many times a loss, gradient, forward or backward closure was called.</summary>
    public int Evaluations { get; set; }

    /// <summary>The headline relative error over every compared block; null when it could not be computed.</summary>
    public double? RelativeError { get; set; }

    public double? MaxElementRelativeError { get; set; }
}
