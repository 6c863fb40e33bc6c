namespace Volunteers.Core.Volunteers;

/// <summary>A partial update: a null field stays as it is; an empty string clears an optional field.</summary>
public class VolunteerPatch
{
    public string? Name { get; set; }
    public string? Gender { get; set; }
    public string? Mobile { get; set; }
    public string? IdNumber { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? Category { get; set; }
    public string? Workplace { get; set; }
    public List<string>? Skills { get; set; }
    public long? LearningPointId { get; set; }
    public string? GuardianName { get; set; }
    public string? GuardianMobile { get; set; }

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
