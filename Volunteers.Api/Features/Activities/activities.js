// Sign-up from the list with the card cookie: one POST, and the answer shown under the button pressed.
document.querySelectorAll('button[data-activity]').forEach(function (b) {
  b.addEventListener('click', function () {
    var id = b.getAttribute('data-activity'), out = document.getElementById('r-' + id);
    b.disabled = true; out.className = 'hint'; out.textContent = '正在提交…';
    fetch('/api/me/signups', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'Idempotency-Key': 'activities-' + id + '-' + Date.now() },
      body: JSON.stringify({ activityId: Number(id) })
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (r.status === 201) {
          out.className = 'ok';
          out.textContent = body.status === 'waitlisted' ? '已报名候补，排在第 ' + body.position + ' 位；有人取消时自动递补。' : '报名成功！请按时参加。';
          b.style.display = 'none';
        } else {
          out.className = 'err';
          out.textContent = r.status === 401 ? '志愿者证已失效，请重新扫描志愿者证上的二维码。' : (body.detail || '报名未成功，请稍后再试。');
          b.disabled = false;
        }
      });
    }, function () { out.className = 'err'; out.textContent = '网络不畅，请稍后再试。'; b.disabled = false; });
  });
});
