using System.Text.Json;
using Json.Schema;

namespace GradGate.Tasks.Tests.Reports;

/// <summary>
/// Validates a JSON document against a JSON Schema with JsonSchema.Net, a full implementation of the drafts the schemas
/// declare (2020-12 for gradgate.schema.json and the SARIF 2.1.0 schema): every keyword is checked, formats included.
/// </summary>
internal sealed class JsonSchemaValidator
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    private readonly JsonSchema _schema;

    private JsonSchemaValidator(JsonSchema schema) => _schema = schema;

    /// <summary>Each schema is built in a registry of its own, so two tests may load the same schema.</summary>
    public static JsonSchemaValidator Load(string path)
        => new(JsonSchema.FromFile(path, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>
    /// Every way the instance breaks the schema, each as <c>$.checks[2].verdict: enum: message</c> (where in the instance,
    /// the keyword that failed, JsonSchema.Net's words), then the schema location; empty when it is valid.
    /// </summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var results = _schema.Evaluate(instance, Options);
        if (results.IsValid)
        {
            return [];
        }

        var errors = new List<string>();
        Collect(results, errors);
        return errors.Count > 0 ? errors : [$"the document breaks the schema at {results.InstanceLocation} ({results.EvaluationPath})"];
    }

    /// <summary>
    /// The errors of the failed nodes, descending only into failed ones: the failing branches of an <c>anyOf</c> that
    /// another branch satisfied are not errors of the document.
    /// </summary>
    private static void Collect(EvaluationResults node, List<string> errors)
    {
        if (node.IsValid)
        {
            return;
        }

        foreach (var error in node.Errors ?? new Dictionary<string, string>())
        {
            errors.Add($"{PathOf(node.InstanceLocation.ToString())}: {error.Key}: {error.Value} (schema {node.EvaluationPath})");
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(child, errors);
        }
    }

    /// <summary>A JSON Pointer (<c>/checks/2/verdict</c>) written as <c>$.checks[2].verdict</c>.</summary>
    private static string PathOf(string pointer)
        => "$" + string.Concat(pointer.Split('/').Skip(1).Select(token => token.Replace("~1", "/").Replace("~0", "~"))
            .Select(token => token.All(char.IsAsciiDigit) && token.Length > 0 ? $"[{token}]" : "." + token));

    public IReadOnlyList<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Validate(document.RootElement);
    }
}
