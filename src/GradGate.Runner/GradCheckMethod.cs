using System.Reflection;

namespace GradGate.Runner;

/// <summary>A resolved [GradCheck] factory method and its attribute.</summary>
internal sealed record GradCheckMethod(MethodInfo Method, GradCheckAttribute Attribute);
