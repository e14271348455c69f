namespace GradGate.Gate.Discovery;

/// <summary>What discovery learnt about the built assembly without loading it.</summary>
/// <param name="TargetFrameworkMoniker">The assembly's [TargetFramework] value, such as <c>.NETCoreApp,Version=v10.0</c>.</param>
/// <param name="HasPortablePdb">Whether a portable PDB matching the assembly gave the checks' source lines.</param>
/// <param name="Checks">Every [GradCheck] method, in metadata (declaration) order.</param>
internal sealed record DiscoveredAssembly(
    string AssemblyName,
    string? TargetFrameworkMoniker,
    bool HasPortablePdb,
    IReadOnlyList<DiscoveredCheck> Checks);
