namespace GradGate.Engine;

/// <summary>Who a check is, for its result: the runner fills this in from the [GradCheck] method.</summary>
internal sealed record CheckIdentity(string Id, string Name, string ClassName, string MethodName, string? Variant);
