using System.Collections;
using System.Reflection;
using System.Text.Json;
using GradGate.Results;

namespace GradGate.Tasks.Tests.Results;

/// <summary>
/// GradGate writes and reads its own documents by hand (ResultJsonWriter, ResultJsonReader) so that cold processes do not
/// compile the serializer's metadata. The serializer stays the reference: for every property of every document type,
/// filled by reflection (so a property added later and forgotten by the hand-written code fails here), both give the same
/// text, and reading the text back loses nothing.
/// </summary>
public sealed class HandWrittenJsonTests
{
    public static TheoryData<Type> Documents => new() { typeof(RunResult), typeof(CheckResult), typeof(RunRequest), typeof(RunnerEvent) };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Writes_every_property_as_the_serializer_does(Type type)
    {
        foreach (var fill in new[] { Fill.Everything, Fill.NullsAndOddFigures })
        {
            var document = Populate(type, fill, depth: 0);

            Assert.Equal(Reference(document, indented: true), Serialize(document, type, indented: true));
            Assert.Equal(Reference(document, indented: false), Serialize(document, type, indented: false));
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reads_back_every_property_the_serializer_wrote(Type type)
    {
        foreach (var fill in new[] { Fill.Everything, Fill.NullsAndOddFigures })
        {
            var text = Reference(Populate(type, fill, depth: 0), indented: true);

            var read = Deserialize(text, type);

            Assert.Equal(text, Reference(read!, indented: true));
        }
    }

    [Fact]
    public void Reads_enums_in_any_case_or_as_numbers_and_ignores_unknown_properties_as_the_serializer_did()
    {
        var check = ResultJson.Deserialize<CheckResult>("""{"id":"a","verdict":"FAILED","later":{"x":[1,2]},"findings":[{"code":"GG0001","severity":2}]}""")!;

        Assert.Equal(Verdict.Failed, check.Verdict);
        Assert.Equal(Severity.Error, Assert.Single(check.Findings).Severity);
        Assert.Null(ResultJson.Deserialize<RunResult>("null"));
    }

    [Theory]
    [InlineData("""{"checks":[{"evaluations":"many"}]}""")]
    [InlineData("""{"checks":{}}""")]
    [InlineData("""[]""")]
    [InlineData("""{"durationSeconds":"fast"}""")]
    [InlineData("""{"checks":[{"verdict":"green"}]}""")]
    [InlineData("""{"checks":[{"evaluations":1.5}]}""")]
    [InlineData("""{"schemaVersion":1,""")]
    public void Text_that_does_not_fit_is_a_JsonException_as_it_was(string text)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<RunResult>(text, ResultJson.Options));
        Assert.ThrowsAny<JsonException>(() => ResultJson.Deserialize<RunResult>(text));
    }

    private enum Fill
    {
        Everything,
        NullsAndOddFigures,
    }

    private static string Reference(object document, bool indented)
        => JsonSerializer.Serialize(document, document.GetType(), indented ? ResultJson.Options : ResultJson.CompactOptions);

    private static string Serialize(object document, Type type, bool indented)
        => (string)typeof(ResultJson).GetMethod(nameof(ResultJson.Serialize))!.MakeGenericMethod(type).Invoke(null, [document, indented])!;

    private static object? Deserialize(string text, Type type)
        => typeof(ResultJson).GetMethod(nameof(ResultJson.Deserialize))!.MakeGenericMethod(type).Invoke(null, [text]);

    private static int _counter;

    /// <summary>An instance with every settable property given a value of its own (or, for <see cref="Fill.NullsAndOddFigures"/>, null where it may be, and NaN or an infinity for figures).</summary>
    private static object Populate(Type type, Fill fill, int depth)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite))
        {
            property.SetValue(instance, Value(property.PropertyType, property, fill, depth));
        }

        return instance;
    }

    private static object? Value(Type type, PropertyInfo property, Fill fill, int depth)
    {
        var counter = Interlocked.Increment(ref _counter);
        var nullable = Nullable.GetUnderlyingType(type) is not null
            || (!type.IsValueType && new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable);
        if (fill == Fill.NullsAndOddFigures && nullable)
        {
            return null;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return $"{property.Name} {counter} \"quoted\" <tag> & × \\ \n";
        }

        if (underlying == typeof(int))
        {
            return counter;
        }

        if (underlying == typeof(double))
        {
            return fill == Fill.Everything ? counter + 0.123456789012345 : (counter % 3) switch { 0 => double.NaN, 1 => double.PositiveInfinity, _ => double.NegativeInfinity };
        }

        if (underlying == typeof(DateTime))
        {
            return new DateTime(2026, 12, 3, 11, 12, 13, DateTimeKind.Utc).AddTicks(counter);
        }

        if (underlying.IsEnum)
        {
            var values = Enum.GetValues(underlying);
            return values.GetValue(1 + (counter % (values.Length - 1)));
        }

        if (underlying == typeof(int[]))
        {
            return new[] { counter, counter + 1 };
        }

        if (underlying == typeof(Dictionary<string, string>))
        {
            return new Dictionary<string, string> { ["key " + counter] = "value " + counter, ["other"] = "" };
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(underlying)!;
            var element = underlying.GetGenericArguments()[0];
            for (var index = 0; index < 2 && depth < 4; index++)
            {
                list.Add(element == typeof(string) ? $"item {counter} {index}" : Populate(element, fill, depth + 1));
            }

            return list;
        }

        return depth < 4 ? Populate(underlying, fill, depth + 1) : null;
    }
}
