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
    /// another branch satisfied, an <c>if</c> that did not hold, and the items a <c>contains</c> did not match (its own
    /// error says when too few did) are not errors of the document. A node that failed
    /// with no error of its own and no failed part failed by a <c>not</c> whose schema matched.
    /// </summary>
    private static void Collect(EvaluationResults node, List<string> errors)
    {
        if (node.IsValid || IsNoError(node))
        {
            return;
        }

        var path = PathOf(node.InstanceLocation.ToString());
        foreach (var error in node.Errors ?? new Dictionary<string, string>())
        {
            errors.Add($"{path}: {error.Key}: {error.Value} (schema {node.EvaluationPath})");
        }

        var failedParts = (node.Details ?? []).Where(child => !child.IsValid && !IsNoError(child)).ToList();
        failedParts.ForEach(child => Collect(child, errors));
        if (node.Errors is not { Count: > 0 } && failedParts.Count == 0)
        {
            var keyword = (node.Details ?? []).Select(LastSegment).FirstOrDefault(segment => segment == "not") ?? LastSegment(node);
            errors.Add($"{path}: {keyword}: the value matches a schema it must not match (schema {node.EvaluationPath})");
        }
    }

    private static bool IsNoError(EvaluationResults node) => LastSegment(node) is "if" or "contains";

    private static string LastSegment(EvaluationResults node) => node.EvaluationPath.ToString().Split('/')[^1];

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
