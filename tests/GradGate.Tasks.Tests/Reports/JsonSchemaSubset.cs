using System.Text.Json;
using System.Text.RegularExpressions;

namespace GradGate.Tasks.Tests.Reports;

/// <summary>
/// Validates a JSON document against a JSON Schema (draft 2020-12) written with the keywords listed here: the ones
/// <c>build/gradgate.schema.json</c> uses. Any other keyword throws, so the schema cannot grow past what is checked.
/// </summary>
internal sealed class JsonSchemaSubset(JsonElement schema)
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "$comment", "$defs", "format"];

    public static JsonSchemaSubset Load(string path) => new(JsonDocument.Parse(File.ReadAllText(path)).RootElement);

    /// <summary>Every way the instance breaks the schema, each with its JSON path; empty when it is valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Validate(schema, instance, "$", errors);
        return errors;
    }

    private void Validate(JsonElement subschema, JsonElement instance, string path, List<string> errors)
    {
        foreach (var keyword in subschema.EnumerateObject())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    Validate(Resolve(value.GetString()!), instance, path, errors);
                    break;
                case "type":
                    Expect(HasType(instance, value.GetString()!), $"{path} is {instance.ValueKind}, not {value.GetString()}", errors);
                    break;
                case "enum":
                    Expect(value.EnumerateArray().Any(allowed => SameValue(allowed, instance)), $"{path} is {instance.GetRawText()}, not one of {value.GetRawText()}", errors);
                    break;
                case "const":
                    Expect(SameValue(value, instance), $"{path} is {instance.GetRawText()}, not {value.GetRawText()}", errors);
                    break;
                case "pattern" when instance.ValueKind == JsonValueKind.String:
                    Expect(Regex.IsMatch(instance.GetString()!, value.GetString()!), $"{path} {instance.GetRawText()} does not match {value.GetString()}", errors);
                    break;
                case "minLength" when instance.ValueKind == JsonValueKind.String:
                    Expect(instance.GetString()!.Length >= value.GetInt32(), $"{path} is shorter than {value.GetInt32()}", errors);
                    break;
                case "minimum" when instance.ValueKind == JsonValueKind.Number:
                    Expect(instance.GetDouble() >= value.GetDouble(), $"{path} {instance.GetRawText()} is below {value.GetRawText()}", errors);
                    break;
                case "exclusiveMinimum" when instance.ValueKind == JsonValueKind.Number:
                    Expect(instance.GetDouble() > value.GetDouble(), $"{path} {instance.GetRawText()} is not above {value.GetRawText()}", errors);
                    break;
                case "required" when instance.ValueKind == JsonValueKind.Object:
                    foreach (var name in value.EnumerateArray().Select(name => name.GetString()!))
                    {
                        Expect(instance.TryGetProperty(name, out _), $"{path} lacks the required '{name}'", errors);
                    }

                    break;
                case "properties" when instance.ValueKind == JsonValueKind.Object:
                    foreach (var property in instance.EnumerateObject())
                    {
                        if (value.TryGetProperty(property.Name, out var propertySchema))
                        {
                            Validate(propertySchema, property.Value, $"{path}.{property.Name}", errors);
                        }
                    }

                    break;
                case "additionalProperties" when instance.ValueKind == JsonValueKind.Object:
                    var declared = subschema.TryGetProperty("properties", out var properties) ? properties : default;
                    foreach (var property in instance.EnumerateObject().Where(property => declared.ValueKind != JsonValueKind.Object || !declared.TryGetProperty(property.Name, out _)))
                    {
                        if (value.ValueKind == JsonValueKind.False)
                        {
                            errors.Add($"{path} has '{property.Name}', which the schema does not declare");
                        }
                        else
                        {
                            Validate(value, property.Value, $"{path}.{property.Name}", errors);
                        }
                    }

                    break;
                case "items" when instance.ValueKind == JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in instance.EnumerateArray())
                    {
                        Validate(value, item, $"{path}[{index++}]", errors);
                    }

                    break;
                case "anyOf":
                    Expect(
                        value.EnumerateArray().Any(alternative => ErrorsOf(alternative, instance, path).Count == 0),
                        $"{path} {instance.GetRawText()} matches none of {value.GetRawText()}",
                        errors);
                    break;
                case "pattern" or "minLength" or "minimum" or "exclusiveMinimum" or "required" or "properties" or "additionalProperties" or "items":
                    break; // Applies to another kind of value than this instance.
                default:
                    if (!Annotations.Contains(keyword.Name))
                    {
                        throw new NotSupportedException($"The schema uses '{keyword.Name}', which this validator does not check; teach it the keyword.");
                    }

                    break;
            }
        }
    }

    private List<string> ErrorsOf(JsonElement subschema, JsonElement instance, string path)
    {
        var errors = new List<string>();
        Validate(subschema, instance, path, errors);
        return errors;
    }

    private JsonElement Resolve(string reference)
    {
        const string DefinitionsPrefix = "#/$defs/";
        if (!reference.StartsWith(DefinitionsPrefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local '{DefinitionsPrefix}name' references are supported, not '{reference}'.");
        }

        return schema.GetProperty("$defs").GetProperty(reference[DefinitionsPrefix.Length..]);
    }

    private static bool HasType(JsonElement instance, string type)
        => type switch
        {
            "object" => instance.ValueKind == JsonValueKind.Object,
            "array" => instance.ValueKind == JsonValueKind.Array,
            "string" => instance.ValueKind == JsonValueKind.String,
            "number" => instance.ValueKind == JsonValueKind.Number,
            "integer" => instance.ValueKind == JsonValueKind.Number && Math.Floor(instance.GetDouble()) == instance.GetDouble(),
            "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "null" => instance.ValueKind == JsonValueKind.Null,
            _ => throw new NotSupportedException($"Unknown JSON Schema type '{type}'."),
        };

    private static bool SameValue(JsonElement expected, JsonElement actual)
        => expected.ValueKind == actual.ValueKind && expected.ValueKind switch
        {
            JsonValueKind.String => expected.GetString() == actual.GetString(),
            JsonValueKind.Number => expected.GetDouble() == actual.GetDouble(),
            _ => expected.GetRawText() == actual.GetRawText(),
        };

    private static void Expect(bool condition, string error, List<string> errors)
    {
        if (!condition)
        {
            errors.Add(error);
        }
    }
}
