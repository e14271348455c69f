namespace GradGate;

internal static class TargetValidation
{
    public static void RequireSupportedElementType<T>()
    {
        if (typeof(T) != typeof(double) && typeof(T) != typeof(float))
        {
            throw new InvalidGradCheckTargetException(
                $"GradGate checks arrays of double or float, not {typeof(T).Name}: convert the target's arrays to one of those.");
        }
    }

    public static void RequireShapeMatches(string name, int length, int[] shape)
    {
        long product = 1;
        foreach (var dimension in shape)
        {
            if (dimension < 0)
            {
                throw new InvalidGradCheckTargetException($"The shape of '{name}' has a negative dimension ({FormatShape(shape)}).");
            }

            product *= dimension;
        }

        if (product != length)
        {
            throw new InvalidGradCheckTargetException(
                $"The shape {FormatShape(shape)} of '{name}' holds {product} elements but its array has {length}: give the shape of the array as it is stored (row-major).");
        }
    }

    public static TValue RequireNotNull<TValue>(TValue? value, string what)
        where TValue : class
        => value ?? throw new InvalidGradCheckTargetException($"The {what} is null: pass a closure for it.");

    private static string FormatShape(int[] shape) => "[" + string.Join(",", shape) + "]";
}
