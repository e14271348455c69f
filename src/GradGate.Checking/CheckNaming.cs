using System.Globalization;
using System.Reflection;
using GradGate.Engine;
using GradGate.Results;

namespace GradGate.Checking;

/// <summary>How a check and the members of a family are named in results.</summary>
internal static class CheckNaming
{
    /// <summary>The identity of a requested check whose method could not be resolved: names from the request alone.</summary>
    public static CheckIdentity FromRequest(CheckRequest request)
        => new(request.Id, $"{ShortTypeName(request.TypeName)}.{request.MethodName}", request.TypeName, request.MethodName, Variant: null);

    /// <summary>The identity of a resolved [GradCheck] method: the attribute's Name, else <c>Type.Method</c>.</summary>
    public static CheckIdentity ForMethod(CheckRequest request, MethodInfo method, GradCheckAttribute attribute)
    {
        var declaringType = method.DeclaringType!;
        var className = declaringType.FullName ?? declaringType.Name;
        var name = string.IsNullOrWhiteSpace(attribute.Name) ? $"{ShortTypeName(className)}.{method.Name}" : attribute.Name;
        return new CheckIdentity(request.Id, name, className, method.Name, Variant: null);
    }

    /// <summary>A target's identity: <c>[variant]</c> when it is named, else <c>[index]</c> for a family member.</summary>
    public static CheckIdentity ForTarget(CheckIdentity method, GradCheckTarget target, int? familyIndex)
    {
        var label = target.Variant ?? familyIndex?.ToString(CultureInfo.InvariantCulture);
        return label is null ? method : WithLabel(method, label);
    }

    /// <summary>The family member at <paramref name="familyIndex"/>, before its target (and variant) is known.</summary>
    public static CheckIdentity ForMember(CheckIdentity method, int familyIndex)
        => WithLabel(method, familyIndex.ToString(CultureInfo.InvariantCulture));

    private static CheckIdentity WithLabel(CheckIdentity method, string label)
        => method with { Id = $"{method.Id}[{label}]", Name = $"{method.Name}[{label}]", Variant = label };

    private static string ShortTypeName(string fullName) => GradCheckSignature.ShortTypeName(fullName);
}
