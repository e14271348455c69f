using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using GradGate.Results;

namespace GradGate.Checking;

/// <summary>
/// Finds the requested [GradCheck] method by reflection and makes sure it is one GradGate may call: public,
/// static, parameterless, not generic, marked [GradCheck], returning targets. Nothing here runs user code.
/// </summary>
internal static class GradCheckMethodResolver
{
    private const BindingFlags AnyDeclaredMethod =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    /// <summary>The method, or a <paramref name="problem"/> saying what is wrong and what is expected.</summary>
    public static bool TryResolve(Assembly assembly, CheckRequest request, [NotNullWhen(true)] out GradCheckMethod? resolved, [NotNullWhen(false)] out string? problem)
    {
        resolved = null;
        var type = assembly.GetType(request.TypeName, throwOnError: false);
        if (type is null)
        {
            problem = $"The type '{request.TypeName}' is not in {assembly.GetName().Name}: the assembly changed after its checks were listed. Build the project again.";
            return false;
        }

        var candidates = type.GetMethods(AnyDeclaredMethod).Where(method => method.Name == request.MethodName).ToList();
        var method = candidates.Find(candidate => candidate.IsDefined(typeof(GradCheckAttribute), inherit: false)) ?? candidates.FirstOrDefault();
        if (method is null)
        {
            problem = $"The type '{request.TypeName}' has no method '{request.MethodName}': the assembly changed after its checks were listed. Build the project again.";
            return false;
        }

        var attribute = method.GetCustomAttribute<GradCheckAttribute>(inherit: false);
        if (attribute is null)
        {
            problem = $"'{Describe(method)}' is not marked [GradCheck], so GradGate does not call it. Mark it [GradCheck] or take it out of the checks.";
            return false;
        }

        var flaw = FindSignatureFlaw(method);
        problem = flaw is null ? null : GradCheckSignature.Problem(method.DeclaringType?.FullName ?? "", method.Name, flaw);
        resolved = problem is null ? new GradCheckMethod(method, attribute) : null;
        return resolved is not null;
    }

    private static string? FindSignatureFlaw(MethodInfo method)
    {
        if (!method.IsStatic)
        {
            return GradCheckSignature.InstanceMethod;
        }

        if (!method.IsPublic)
        {
            return GradCheckSignature.NotPublic;
        }

        if (method.GetParameters().Length > 0)
        {
            return GradCheckSignature.TakesParameters(method.GetParameters().Length);
        }

        if (method.ContainsGenericParameters)
        {
            return GradCheckSignature.Generic;
        }

        var returnsTargets = typeof(GradCheckTarget).IsAssignableFrom(method.ReturnType)
            || typeof(IEnumerable<GradCheckTarget>).IsAssignableFrom(method.ReturnType);
        return returnsTargets ? null : GradCheckSignature.Returns(method.ReturnType.Name);
    }

    private static string Describe(MethodInfo method) => $"{method.DeclaringType?.FullName}.{method.Name}";
}
