using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Volunteers.Core.Common;

namespace Volunteers.Core.Data;

/// <summary>An Idempotency-Key as sent by one caller, with a hash of the request it came with.</summary>
public sealed record IdempotencyKey(string Owner, string Key, string RequestHash)
{
    public const int MaxLength = 100;

    public static string HashOf(string route, object request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(route + "\n" + JsonSerializer.Serialize(request, request.GetType()))));
}

public static class Idempotent
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Runs the write once per key: the key and the result are committed in the write's own transaction, so a retry
    /// after a lost answer gets the first result and never a second write.
    /// </summary>
    /// <param name="town">The town the write is within, whose turn it takes (<see cref="Database.BeginWrite"/>); null: the district's.</param>
    public static T WriteOnce<T>(this Database db, IdempotencyKey? key, Func<DbConnection, DbTransaction, T> work, TimeProvider clock, long? town = null)
    {
        if (key is null) return db.Write(town, work);
        return db.Write(town, (c, t) =>
        {
            var prior = c.QuerySingleOrDefault<Stored>(
                "SELECT request_hash, result FROM idempotency_keys WHERE owner = @Owner AND key = @Key", new { key.Owner, key.Key }, t);
            if (prior is not null)
            {
                if (prior.RequestHash != key.RequestHash)
                    throw DomainException.Conflict(Text.T("该 Idempotency-Key 已用于另一个不同的请求", "This Idempotency-Key was already used for a different request"),
                        "Idempotency-Key");
                return JsonSerializer.Deserialize<T>(prior.Result, Json)!;
            }
            var result = work(c, t);
            c.Execute("INSERT INTO idempotency_keys (owner, key, request_hash, result, created_at) VALUES (@Owner, @Key, @RequestHash, @result, @now)",
                new { key.Owner, key.Key, key.RequestHash, result = JsonSerializer.Serialize(result, Json), now = clock.GetUtcNow() }, t);
            return result;
        });
    }

    private sealed class Stored
    {
        public string RequestHash { get; init; } = "";
        public string Result { get; init; } = "";
    }
}
