using System.Globalization;
using System.Text.Json;

namespace GradGate.Results.Json;

/// <summary>
/// Reads GradGate's documents from a <see cref="JsonDocument"/>, property by property, as the serializer did with
/// <see cref="ResultJson"/>'s options: names match exactly, unknown ones are ignored, a null leaves a reference property
/// null, figures may be the literals "NaN", "Infinity" and "-Infinity", enums are their names in any case or their numbers.
/// Anything else that does not fit is a <see cref="JsonException"/>, as the serializer's was. Written out so that a cold
/// process (the build task, the runner) does not compile the serializer's metadata first (issue 15).
/// </summary>
internal static class ResultJsonReader
{
    public static RunResult? ReadRun(string json) => Read(json, ReadRun);

    public static RunRequest? ReadRequest(string json) => Read(json, ReadRequest);

    public static RunnerEvent? ReadEvent(string json) => Read(json, ReadEvent);

    public static CheckResult? ReadCheck(string json) => Read(json, ReadCheck);

    private static T? Read<T>(string json, Func<JsonElement, T> read)
        where T : class
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Null ? null : read(document.RootElement);
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            throw new JsonException($"The JSON does not fit {typeof(T).Name}: {exception.Message}", exception);
        }
    }

    private static RunResult ReadRun(JsonElement element)
    {
        var run = new RunResult();
        foreach (var property in Properties(element))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "schemaVersion": run.SchemaVersion = value.GetInt32(); break;
                case "toolVersion": run.ToolVersion = String(value)!; break;
                case "assemblyPath": run.AssemblyPath = String(value)!; break;
                case "assemblyName": run.AssemblyName = String(value)!; break;
                case "targetFramework": run.TargetFramework = String(value); break;
                case "projectPath": run.ProjectPath = String(value)!; break;
                case "startedAtUtc": run.StartedAtUtc = value.GetDateTime(); break;
                case "durationSeconds": run.DurationSeconds = Number(value); break;
                case "settings": run.Settings = Object(value, ReadDefaults)!; break;
                case "filter": run.Filter = String(value); break;
                case "shard": run.Shard = String(value); break;
                case "checks": run.Checks = List(value, ReadCheck)!; break;
                case "runFindings": run.RunFindings = List(value, ReadFinding)!; break;
            }
        }

        return run;
    }

    private static RunDefaults ReadDefaults(JsonElement element)
    {
        var defaults = new RunDefaults();
        foreach (var property in Properties(element))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "errorThreshold": defaults.ErrorThreshold = OptionalNumber(value); break;
                case "warningThreshold": defaults.WarningThreshold = OptionalNumber(value); break;
                case "epsilon": defaults.Epsilon = OptionalNumber(value); break;
                case "mode": defaults.Mode = String(value); break;
                case "timeoutSeconds": defaults.TimeoutSeconds = Number(value); break;
            }
        }

        return defaults;
    }

    private static CheckResult ReadCheck(JsonElement element)
    {
        var check = new CheckResult();
        foreach (var property in Properties(element))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "id": check.Id = String(value)!; break;
                case "name": check.Name = String(value)!; break;
                case "className": check.ClassName = String(value)!; break;
                case "methodName": check.MethodName = String(value)!; break;
                case "variant": check.Variant = String(value); break;
                case "kind": check.Kind = String(value); break;
                case "verdict": check.Verdict = Enum<Verdict>(value); break;
                case "relativeError": check.RelativeError = OptionalNumber(value); break;
                case "maxElementRelativeError": check.MaxElementRelativeError = OptionalNumber(value); break;
                case "settings": check.Settings = Object(value, ReadSettings); break;
                case "blocks": check.Blocks = List(value, ReadBlock)!; break;
                case "findings": check.Findings = List(value, ReadFinding)!; break;
                case "evaluations": check.Evaluations = value.GetInt32(); break;
                case "durationSeconds": check.DurationSeconds = Number(value); break;
                case "skipReason": check.SkipReason = String(value); break;
                case "source": check.Source = Object(value, ReadSource); break;
            }
        }

        return check;
    }

    private static CheckSettings ReadSettings(JsonElement element)
    {
        var settings = new CheckSettings();
        foreach (var property in Properties(element))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "dType": settings.DType = String(value)!; break;
                case "epsilon": settings.Epsilon = Number(value); break;
                case "errorThreshold": settings.ErrorThreshold = Number(value); break;
                case "warningThreshold": settings.WarningThreshold = Number(value); break;
                case "seed": settings.Seed = value.GetInt32(); break;
                case "mode": settings.Mode = String(value); break;
                case "delta": settings.Delta = Number(value); break;
                case "sources": settings.Sources = Object(value, ReadStringMap)!; break;
            }
        }

        return settings;
    }

    private static BlockResult ReadBlock(JsonElement element)
    {
        var block = new BlockResult();
        foreach (var property in Properties(element))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "name": block.Name = String(value)!; break;
                case "shape": block.Shape = List(value, item => item.GetInt32())?.ToArray()!; break;
                case "length": block.Length = value.GetInt32(); break;
                case "relativeError": block.RelativeError = OptionalNumber(value); break;
                case "maxElementRelativeError": block.MaxElementRelativeError = OptionalNumber(value); break;
                case "analyticNorm": block.AnalyticNorm = Number(value); break;
                case "numericNorm": block.NumericNorm = OptionalNumber(value); break;
                case "judgedBy": block.JudgedBy = String(value)!; break;
                case "coordinatesChecked": block.CoordinatesChecked = value.GetInt32(); break;
                case "coordinatesInconclusive": block.CoordinatesInconclusive = value.GetInt32(); break;
                case "verdict": block.Verdict = Enum<Verdict>(value); break;
                case "worst": block.Worst = List(value, ReadCoordinate)!; break;
                case "sample": block.Sample = List(value, ReadSampledValue)!; break;
                case "pattern": block.Pattern = Object(value, ReadPattern); break;
            }
        }

        return block;
    }

    private static Coordinate ReadCoordinate(JsonElement element)
    {
        var coordinate = new Coordinate();
        foreach (var property in Properties(element))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "flatIndex": coordinate.FlatIndex = value.GetInt32(); break;
                case "index": coordinate.Index = List(value, item => item.GetInt32())?.ToArray()!; break;
                case "label": coordinate.Label = String(value)!; break;
                case "analytic": coordinate.Analytic = Number(value); break;
                case "numeric": coordinate.Numeric = Number(value); break;
                case "absoluteError": coordinate.AbsoluteError = Number(value); break;
                case "relativeError": coordinate.RelativeError = Number(value); break;
            }
        }

        return coordinate;
    }

    private static SampledValue ReadSampledValue(JsonElement element)
    {
        var sampled = new SampledValue();
        foreach (var property in Properties(element))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "flatIndex": sampled.FlatIndex = value.GetInt32(); break;
                case "analytic": sampled.Analytic = Number(value); break;
                case "numeric": sampled.Numeric = Number(value); break;
            }
        }

        return sampled;
    }

    private static MismatchPattern ReadPattern(JsonElement element)
    {
        var pattern = new MismatchPattern();
        foreach (var property in Properties(element))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "kind": pattern.Kind = String(value)!; break;
                case "description": pattern.Description = String(value)!; break;
                case "factor": pattern.Factor = OptionalNumber(value); break;
                case "where": pattern.Where = List(value, item => String(item)!)!; break;
            }
        }

        return pattern;
    }

    private static Finding ReadFinding(JsonElement element)
    {
        var finding = new Finding();
        foreach (var property in Properties(element))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "code": finding.Code = String(value)!; break;
                case "severity": finding.Severity = Enum<Severity>(value); break;
                case "message": finding.Message = String(value)!; break;
                case "block": finding.Block = String(value); break;
            }
        }

        return finding;
    }

    private static SourceLocation ReadSource(JsonElement element)
    {
        var source = new SourceLocation();
        foreach (var property in Properties(element))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "file": source.File = String(value)!; break;
                case "line": source.Line = value.GetInt32(); break;
                case "column": source.Column = value.GetInt32(); break;
            }
        }

        return source;
    }

    private static RunRequest ReadRequest(JsonElement element)
    {
        var request = new RunRequest();
        foreach (var property in Properties(element))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "assemblyPath": request.AssemblyPath = String(value)!; break;
                case "checks": request.Checks = List(value, ReadCheckRequest)!; break;
                case "defaults": request.Defaults = Object(value, ReadDefaults)!; break;
                case "eventsPath": request.EventsPath = String(value)!; break;
                case "maxParallelChecks": request.MaxParallelChecks = value.GetInt32(); break;
            }
        }

        return request;
    }

    private static CheckRequest ReadCheckRequest(JsonElement element)
    {
        var check = new CheckRequest();
        foreach (var property in Properties(element))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "id": check.Id = String(value)!; break;
                case "typeName": check.TypeName = String(value)!; break;
                case "methodName": check.MethodName = String(value)!; break;
                case "members": check.Members = List(value, item => String(item)!); break;
            }
        }

        return check;
    }

    private static RunnerEvent ReadEvent(JsonElement element)
    {
        var runnerEvent = new RunnerEvent();
        foreach (var property in Properties(element))
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "event": runnerEvent.Event = String(value)!; break;
                case "checkId": runnerEvent.CheckId = String(value); break;
                case "result": runnerEvent.Result = Object(value, ReadCheck); break;
                case "message": runnerEvent.Message = String(value); break;
                case "exitCode": runnerEvent.ExitCode = value.ValueKind == JsonValueKind.Null ? null : value.GetInt32(); break;
            }
        }

        return runnerEvent;
    }

    private static Dictionary<string, string> ReadStringMap(JsonElement element)
    {
        var map = new Dictionary<string, string>();
        foreach (var property in Properties(element))
        {
            map[property.Name] = String(property.Value)!;
        }

        return map;
    }

    /// <summary>The properties of an object; anything else where an object belongs does not fit.</summary>
    private static JsonElement.ObjectEnumerator Properties(JsonElement element)
        => element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject()
            : throw new InvalidOperationException($"expected an object, found {element.ValueKind}");

    private static T? Object<T>(JsonElement element, Func<JsonElement, T> read)
        where T : class
        => element.ValueKind == JsonValueKind.Null ? null : read(element);

    private static List<T>? List<T>(JsonElement element, Func<JsonElement, T> read)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException($"expected an array, found {element.ValueKind}");
        }

        var items = new List<T>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            items.Add(read(item));
        }

        return items;
    }

    private static string? String(JsonElement element)
        => element.ValueKind == JsonValueKind.Null ? null : element.GetString();

    private static double Number(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            return element.GetDouble();
        }

        return element.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var other => throw new FormatException($"'{other}' is not a number"),
        };
    }

    private static double? OptionalNumber(JsonElement element)
        => element.ValueKind == JsonValueKind.Null ? null : Number(element);

    private static TEnum Enum<TEnum>(JsonElement element)
        where TEnum : struct
    {
        if (element.ValueKind == JsonValueKind.Number)
        {
            return (TEnum)System.Enum.ToObject(typeof(TEnum), element.GetInt32());
        }

        var name = element.GetString() ?? "";
        return name.Length > 0 && !char.IsDigit(name[0]) && name[0] != '-' && System.Enum.TryParse<TEnum>(name, ignoreCase: true, out var parsed)
            ? parsed
            : throw new FormatException($"'{name}' is not a {typeof(TEnum).Name}");
    }
}
