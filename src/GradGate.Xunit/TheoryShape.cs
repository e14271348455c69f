using System.Reflection;

namespace GradGate;

/// <summary>What a theory fed by [GradCheckData] must look like: one parameter, a <see cref="GradCheckCase"/>.</summary>
internal static class TheoryShape
{
    public static void EnsureTakesOneCase(MethodInfo testMethod)
    {
        var parameters = testMethod.GetParameters();
        if (parameters is [var only] && only.ParameterType == typeof(GradCheckCase))
        {
            return;
        }

        throw new InvalidOperationException(
            $"[GradCheckData] feeds a theory that takes one GradCheckCase, but {testMethod.DeclaringType?.Name}.{testMethod.Name} takes "
                + $"({string.Join(", ", parameters.Select(parameter => parameter.ParameterType.Name))}). Declare it as 'public void {testMethod.Name}(GradCheckCase check) => check.Assert();'.");
    }
}
