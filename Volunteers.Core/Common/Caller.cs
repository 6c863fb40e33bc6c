namespace Volunteers.Core.Common;

public static class Roles
{
    public const string DistrictAdmin = "district-admin";
    public const string TownAdmin = "town-admin";
    public const string PointCoordinator = "point-coordinator";
    public static readonly string[] All = [DistrictAdmin, TownAdmin, PointCoordinator];

    /// <summary>A volunteer signed in with their personal card: not an account role, so no account can be given it.</summary>
    public const string Volunteer = "volunteer";
}

/// <summary>
/// Who is asking: a district administrator sees every town (or the one a request names: <see cref="TownId"/>), a town
/// administrator their town (<see cref="TownId"/>, whose learning points are <see cref="TownPoints"/>), a coordinator
/// only their learning point (of <see cref="TownId"/>).
/// </summary>
public sealed record Caller(long AccountId, string Role, long? LearningPointId, string? Client = null, long? TownId = null,
    IReadOnlySet<long>? TownPoints = null)
{
    public bool IsDistrictAdmin => Role == Roles.DistrictAdmin;

    /// <summary>An administrator: of the district, or of a town. Sees whole towns, not one learning point.</summary>
    public bool IsAdmin => Role is Roles.DistrictAdmin or Roles.TownAdmin;

    public bool CanReach(long learningPointId) => Role switch
    {
        Roles.DistrictAdmin => true,
        Roles.TownAdmin => TownPoints?.Contains(learningPointId) == true,
        _ => LearningPointId == learningPointId,
    };

    /// <summary>Whether a row of town <paramref name="townId"/> (at <paramref name="learningPointId"/>, if any) is the caller's to see.</summary>
    public bool CanReach(long townId, long? learningPointId) =>
        learningPointId is { } point ? CanReach(point) : Role == Roles.DistrictAdmin || TownId == townId;

    /// <summary>The learning point a list is restricted to: the coordinator's own, or what an administrator asked for.</summary>
    public long? ScopeFor(long? requested) => IsAdmin ? requested : LearningPointId;

    /// <summary>The town a list is restricted to: the caller's own, or the one a district administrator named (null: all).</summary>
    public long? TownScope => TownId;
}
