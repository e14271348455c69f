using System.ComponentModel;
using GradGate.Results;
using Xunit;
using Xunit.Sdk;

namespace GradGate;

/// <summary>
/// One [GradCheck] check, or one member of a family, as an xunit.v3 theory receives it from
/// <see cref="GradCheckDataAttribute"/>. Serializable, so test explorers list each case and run it alone; running it
/// calls the [GradCheck] method again and judges this check on the calling thread.
/// </summary>
public sealed class GradCheckCase : IXunitSerializable
{
    /// <summary>The trait every case carries, whose value is the check's id: <c>dotnet test --filter "GradCheck=Namespace.Checks.Sigmoid"</c>.</summary>
    public const string TraitName = "GradCheck";

    private const int NotInAFamily = -1;

    private string _typeName = "";
    private string _methodName = "";
    private int _familyMember = NotInAFamily;
    private string? _variant;

    /// <summary>For xunit's deserializer only: cases come from <see cref="GradCheckDataAttribute"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public GradCheckCase()
    {
    }

    private GradCheckCase(ListedGradCheck check)
    {
        _typeName = SerializationHelper.TypeToSerializedTypeName(check.DeclaringType);
        _methodName = check.MethodName;
        _familyMember = check.FamilyMember ?? NotInAFamily;
        _variant = check.Variant;
        Id = check.Id;
        Name = check.Name;
        SkipReason = check.SkipReason;
    }

    /// <summary>The check's id as the gate's reports write it (<c>Namespace.Type.Method</c>, with <c>[member]</c> in a family): the value of the <see cref="TraitName"/> trait.</summary>
    public string Id { get; private set; } = "";

    /// <summary>The check's name as the build log writes it: the test case's display name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The attribute's <c>Skip</c>; the test case is reported skipped with it.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>
    /// Judges the check on the calling thread with the gate's engine, settings and seeds, and throws a
    /// <see cref="GradCheckException"/> whose message is the build's error text (<c>error GG0001: ...</c>) when it fails
    /// or cannot be judged.
    /// </summary>
    /// <param name="options">Stand-ins for the build's GradGate* properties; by default the attribute's settings and the element type's defaults.</param>
    /// <returns>The result, when the check passed (warnings included, as they pass the build).</returns>
    public CheckResult Assert(GradCheckOptions? options = null) => GradChecker.Assert(ToListed(), options);

    /// <summary>Judges the check on the calling thread and returns its result (figures, blocks, findings) whatever the verdict.</summary>
    /// <param name="options">Stand-ins for the build's GradGate* properties; by default the attribute's settings and the element type's defaults.</param>
    public CheckResult Check(GradCheckOptions? options = null) => GradChecker.Check(ToListed(), options);

    /// <summary>The check's name, as test explorers show the case.</summary>
    public override string ToString() => Name;

    /// <inheritdoc/>
    void IXunitSerializable.Serialize(IXunitSerializationInfo info)
    {
        info.AddValue("type", _typeName, typeof(string));
        info.AddValue("method", _methodName, typeof(string));
        info.AddValue("member", _familyMember, typeof(int));
        info.AddValue("variant", _variant, typeof(string));
        info.AddValue("id", Id, typeof(string));
        info.AddValue("name", Name, typeof(string));
        info.AddValue("skip", SkipReason, typeof(string));
    }

    /// <inheritdoc/>
    void IXunitSerializable.Deserialize(IXunitSerializationInfo info)
    {
        _typeName = (string)info.GetValue("type")!;
        _methodName = (string)info.GetValue("method")!;
        _familyMember = (int)info.GetValue("member")!;
        _variant = (string?)info.GetValue("variant");
        Id = (string)info.GetValue("id")!;
        Name = (string)info.GetValue("name")!;
        SkipReason = (string?)info.GetValue("skip");
    }

    /// <summary>The theory row for a listed check: the case, named as the gate names it, with its id as a trait and its Skip.</summary>
    internal static TheoryDataRow<GradCheckCase> RowFor(ListedGradCheck check) => new(new GradCheckCase(check))
    {
        TestDisplayName = check.Name,
        // An empty label shows the display name alone, without the case's arguments appended.
        Label = "",
        Skip = check.SkipReason,
        Traits = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase) { [TraitName] = [check.Id] },
    };

    private ListedGradCheck ToListed()
    {
        var type = SerializationHelper.SerializedTypeNameToType(_typeName)
            ?? throw new InvalidOperationException(
                $"{Name}: the type '{_typeName}' that declared this check does not load any more: the checks changed after the tests were listed. Build the test project and list its tests again.");
        return new ListedGradCheck(type, _methodName, _familyMember == NotInAFamily ? null : _familyMember, Id, Name, _variant, SkipReason);
    }
}
