namespace Volunteers.Core.Volunteers;

/// <summary>A partial update: a null field stays as it is; an empty string clears an optional field.</summary>
public sealed record VolunteerPatch
{
    public string? Name { get; init; }
    public string? Gender { get; init; }
    public string? Mobile { get; init; }
    public string? IdNumber { get; init; }
    public DateOnly? BirthDate { get; init; }
    public string? Category { get; init; }
    public string? Workplace { get; init; }
    public List<string>? Skills { get; init; }
    public long? LearningPointId { get; init; }
    public string? GuardianName { get; init; }
    public string? GuardianMobile { get; init; }

    /// <summary>The names of the fields this patch sets, for the audit log (never their values: they are personal data).</summary>
    public IReadOnlyList<string> ChangedFields() => new (string Name, object? Value)[]
    {
        ("name", Name), ("gender", Gender), ("mobile", Mobile), ("idNumber", IdNumber), ("birthDate", BirthDate), ("category", Category),
        ("workplace", Workplace), ("skills", Skills), ("learningPointId", LearningPointId), ("guardianName", GuardianName), ("guardianMobile", GuardianMobile),
    }.Where(f => f.Value is not null).Select(f => f.Name).ToList();

    public VolunteerInput ApplyTo(VolunteerInput current) => new()
    {
        Name = Name ?? current.Name,
        Gender = Gender ?? current.Gender,
        Mobile = Mobile ?? current.Mobile,
        IdNumber = IdNumber ?? current.IdNumber,
        // A new ID number carries its own birth date; keeping the old one would contradict it.
        BirthDate = BirthDate ?? (string.IsNullOrWhiteSpace(IdNumber) ? current.BirthDate : null),
        Category = Category ?? current.Category,
        Workplace = Workplace ?? current.Workplace,
        Skills = Skills ?? current.Skills,
        LearningPointId = LearningPointId ?? current.LearningPointId,
        GuardianName = GuardianName ?? current.GuardianName,
        GuardianMobile = GuardianMobile ?? current.GuardianMobile,
    };
}
