using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Data.Entities;

/// <summary>A variable a person defined. Archived ones leave the check-in but keep their data.</summary>
public sealed class CustomVariable : IOwned
{
    public long Id { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public VariableKind Kind { get; set; }

    public VariableType Type { get; set; }

    public string? Unit { get; set; }

    public double? Min { get; set; }

    public double? Max { get; set; }

    public List<CategoryOption> Options { get; set; } = [];

    public string? Help { get; set; }

    public bool Archived { get; set; }

    public DateTime CreatedAt { get; set; }

    public VariableDefinition ToDefinition() => new()
    {
        Code = Code,
        Label = Label,
        Kind = Kind,
        Type = Type,
        Section = DiarySection.Custom,
        Unit = Unit,
        Min = Min,
        Max = Max,
        Options = Options,
        Help = Help,
        IsPersonal = true,
    };

    public static CustomVariable FromDefinition(VariableDefinition definition, DateTime createdAt) => new()
    {
        Code = definition.Code,
        Label = definition.Label,
        Kind = definition.Kind,
        Type = definition.Type,
        Unit = definition.Unit,
        Min = definition.Min,
        Max = definition.Max,
        Options = [.. definition.Options],
        Help = definition.Help,
        CreatedAt = createdAt,
    };
}
