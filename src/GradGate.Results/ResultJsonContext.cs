using System.Text.Json.Serialization;

namespace GradGate.Results;

/// <summary>
/// Serialization code generated at compile time for GradGate's documents: the report task reads results.json on every
/// build, and reflection-based metadata cost it about 0.2 s of JIT per cold build (issue 15). The dialect (names, enums,
/// escaping) stays in <see cref="ResultJson"/>'s options.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(RunResult))]
[JsonSerializable(typeof(RunRequest))]
[JsonSerializable(typeof(RunnerEvent))]
internal sealed partial class ResultJsonContext : JsonSerializerContext;
