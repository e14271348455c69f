using System.Reflection.Metadata;

namespace GradGate.Gate.Discovery;

/// <summary>The [GradCheck] named arguments the task needs before anything runs: the display name and the skip reason.</summary>
internal sealed record GradCheckArguments(string? Name, string? Skip)
{
    public const string AttributeTypeName = "GradGate.GradCheckAttribute";

    public static GradCheckArguments Decode(CustomAttribute attribute)
    {
        var value = attribute.DecodeValue(AttributeValueTypes.Instance);
        string? name = null;
        string? skip = null;
        foreach (var argument in value.NamedArguments)
        {
            switch (argument.Name)
            {
                case "Name":
                    name = argument.Value as string;
                    break;
                case "Skip":
                    skip = argument.Value as string;
                    break;
            }
        }

        return new GradCheckArguments(
            string.IsNullOrWhiteSpace(name) ? null : name,
            string.IsNullOrWhiteSpace(skip) ? null : skip);
    }
}
