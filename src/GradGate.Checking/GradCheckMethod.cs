using System.Reflection;

namespace GradGate.Checking;

/// <summary>A resolved [GradCheck] factory method and its attribute.</summary>
internal sealed record GradCheckMethod(MethodInfo Method, GradCheckAttribute Attribute);
