using System.Security.Cryptography;
using System.Text;
using Dapper;
using Volunteers.Core.Data;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Me;

public sealed class CardQueries(Database db)
{
    // Every request of the volunteer's own side starts here; a revocation, withdrawal or erasure is a write, which ends
    // what is kept.
    private readonly FreshCache<string, Found?> _byHash = new(db, capacity: 4096);

    /// <summary>The holder of a live card, or null: unknown, malformed, revoked, or its volunteer withdrawn or erased.</summary>
    public CardHolder? Authenticate(string? key)
    {
        if (!CardKeys.IsWellFormed(key)) return null;
        var hash = CardKeys.Hash(key!);
        var found = _byHash.Get(hash, () => db.Read(c => c.QuerySingleOrDefault<Found>("""
            SELECT k.key_hash, v.id AS volunteer_id, v.status FROM volunteer_cards k JOIN volunteers v ON v.id = k.volunteer_id
            WHERE k.key_hash = @hash AND k.revoked_at IS NULL AND v.status <> @withdrawn AND v.erased_at IS NULL
            """, new { hash, withdrawn = Statuses.Withdrawn })));
        // The index found the row by hash; compare again in constant time so the answer's timing says nothing about near misses.
        return found is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(found.KeyHash), Encoding.ASCII.GetBytes(hash))
            ? new CardHolder(found.VolunteerId, found.Status)
            : null;
    }

    private sealed class Found
    {
        public string KeyHash { get; init; } = "";
        public long VolunteerId { get; init; }
        public string Status { get; init; } = "";
    }
}
