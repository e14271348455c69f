using GradGate.Checking;
using Microsoft.CodeAnalysis;

namespace GradGate.Analyzers;

/// <summary>
/// Finds what keeps GradGate from calling a [GradCheck] method, in the order the checker looks at run time, so that the
/// first flaw named is the one the gate would name.
/// </summary>
internal sealed class SignatureInspector(Compilation compilation, INamedTypeSymbol target, INamedTypeSymbol targets)
{
    public SignatureFlaw? FindFlaw(IMethodSymbol method)
    {
        if (!method.IsStatic)
        {
            return new(SignatureFlawKind.InstanceMethod, GradCheckSignature.InstanceMethod);
        }

        if (method.DeclaredAccessibility != Accessibility.Public)
        {
            return new(SignatureFlawKind.NotPublic, GradCheckSignature.NotPublic);
        }

        if (method.Parameters.Length > 0)
        {
            return new(SignatureFlawKind.TakesParameters, GradCheckSignature.TakesParameters(method.Parameters.Length));
        }

        if (method.IsGenericMethod || IsInGenericType(method))
        {
            return new(SignatureFlawKind.Generic, GradCheckSignature.Generic);
        }

        return ReturnsTargets(method.ReturnType)
            ? null
            : new(SignatureFlawKind.WrongReturnType, GradCheckSignature.Returns(ReflectionNames.Name(method.ReturnType)));
    }

    private static bool IsInGenericType(IMethodSymbol method)
    {
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.TypeParameters.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What reflection's IsAssignableFrom accepts: the type itself, a subclass, or a reference conversion (covariance included).</summary>
    private bool ReturnsTargets(ITypeSymbol returnType)
        => IsAssignable(returnType, target) || IsAssignable(returnType, targets);

    private bool IsAssignable(ITypeSymbol from, ITypeSymbol to)
    {
        var conversion = compilation.ClassifyCommonConversion(from, to);
        return conversion.IsIdentity || (conversion.IsImplicit && conversion.IsReference);
    }
}
