(function () {
  var $ = function (id) { return document.getElementById(id); };
  var form = $('f'), btn = $('send'), version = null, busy = false;
  var CATS = [['teacher', '在职教师'], ['university-student', '大学生'], ['retired-cadre', '离退休干部'], ['expert-scholar', '专家学者'], ['professional-technician', '专业技术人员'], ['other', '其他']];
  var SKILLS = ['书法', '绘画', '音乐', '舞蹈', '朗诵', '摄影', '手工', '体育健身', '医疗保健', '法律咨询', '农业技术', '电脑手机', '家庭教育', '传统文化'];
  function opt(type, name, value, text) { return '<label><input type="' + type + '" name="' + name + '" value="' + value + '">' + text + '</label>'; }
  $('category').innerHTML = CATS.map(function (c) { return opt('radio', 'category', c[0], c[1]); }).join('');
  $('skills').innerHTML = SKILLS.map(function (s) { return opt('checkbox', 'skill', s, s); }).join('');

  function today() { var d = new Date(); return new Date(d.getFullYear(), d.getMonth(), d.getDate()); }
  function iso(d) { return d.getFullYear() + '-' + ('0' + (d.getMonth() + 1)).slice(-2) + '-' + ('0' + d.getDate()).slice(-2); }
  $('birthDate').max = iso(today());
  function date(s) {
    var m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(s || ''); if (!m) return null;
    var d = new Date(+m[1], m[2] - 1, +m[3]);
    return d.getMonth() === m[2] - 1 && d.getDate() === +m[3] ? d : null;
  }
  function age(b) { var t = today(), a = t.getFullYear() - b.getFullYear(); if (t.getMonth() < b.getMonth() || (t.getMonth() === b.getMonth() && t.getDate() < b.getDate())) a--; return a; }
  function idProblem(v) {
    if (!/^\d{17}[\dX]$/.test(v)) return '身份证号码须为 18 位：17 位数字加 1 位数字或 X';
    if (!date(v.substr(6, 8))) return '身份证号码中的出生日期无效';
    var w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], s = 0;
    for (var i = 0; i < 17; i++) s += v.charAt(i) * w[i];
    return '10X98765432'.charAt(s % 11) === v.charAt(17) ? '' : '身份证号码校验位不正确，请核对';
  }
  function mobile(v) { v = (v || '').replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, ''); return /^1[3-9]\d{9}$/.test(v) ? v : null; }
  var han = null; try { han = new RegExp('^[\\p{Script=Han}·・‧• A-Za-z]+$', 'u'); } catch (e) { }
  function nameOk(n) { n = n.trim(); return n.length > 0 && Array.from(n).length <= 30 && (!han || han.test(n)); }
  function val(id) { return $(id).value.trim(); }
  function checked(name) { var c = form.querySelector('input[name="' + name + '"]:checked'); return c ? c.value : ''; }
  function idNo() { return val('idNumber').toUpperCase(); }
  function birth() { var id = idNo(); return id && !idProblem(id) ? date(id.substr(6, 8)) : date(val('birthDate')); }
  function minor() { var b = birth(); return !!b && age(b) >= 14 && age(b) < 18; }
  function guardian() { $('guardian').hidden = !minor(); }
  $('birthDate').addEventListener('input', guardian); $('birthDate').addEventListener('change', guardian); $('idNumber').addEventListener('input', guardian);

  function collect() {
    var skills = [].map.call(form.querySelectorAll('input[name=skill]:checked'), function (c) { return c.value; })
      .concat(val('skillOther').split(/[,，、;；\s]+/)).filter(function (s, i, a) { return s && a.indexOf(s) === i; });
    var m = minor();
    return {
      name: val('name'), gender: checked('gender'), mobile: val('mobile'), idNumber: idNo() || null, birthDate: val('birthDate') || null,
      category: checked('category'), workplace: val('workplace') || null, skills: skills, learningPointId: +$('learningPointId').value || 0,
      guardianName: m ? val('guardianName') : null, guardianMobile: m ? val('guardianMobile') : null,
      consent: $('consent').checked, consentVersion: version, website: $('website').value
    };
  }
  function check(d) {
    var e = [], id = d.idNumber, p = id ? idProblem(id) : '', b = date(d.birthDate);
    if (!nameOk(d.name)) e.push(['name', d.name ? '姓名只能包含汉字、间隔号“·”、英文字母和空格，最多 30 个字' : '请填写姓名']);
    if (!d.gender) e.push(['gender', '请选择性别']);
    if (!mobile(d.mobile)) e.push(['mobile', '请填写有效的中国大陆手机号码（11 位）']);
    if (p) e.push(['idNumber', p]);
    if (!id && !b) e.push(['birthDate', '请填写出生日期或身份证号码']);
    if (id && !p && b && iso(b) !== iso(date(id.substr(6, 8)))) e.push(['birthDate', '出生日期与身份证号码不一致']);
    if (id && !p && d.gender && d.gender !== (id.charAt(16) % 2 ? 'male' : 'female')) e.push(['gender', '性别与身份证号码不一致']);
    var eb = birth();
    if (eb && eb > today()) e.push(['birthDate', '出生日期不能晚于今天']);
    else if (eb && age(eb) < 14) e.push(['birthDate', '志愿者须年满 14 周岁']);
    if (minor()) {
      if (!nameOk(d.guardianName || '')) e.push(['guardianName', '未满 18 周岁须填写监护人姓名']);
      if (!mobile(d.guardianMobile)) e.push(['guardianMobile', '未满 18 周岁须填写监护人的有效手机号码']);
    }
    if (!d.category) e.push(['category', '请选择志愿者类别']);
    if (d.skills.length > 10) e.push(['skills', '特长最多填写 10 项']);
    else if (d.skills.some(function (s) { return s.length > 20; })) e.push(['skills', '每项特长最多 20 个字']);
    if (!d.learningPointId) e.push(['learningPointId', '请选择学习点']);
    if (!d.consent) e.push(['consent', '请阅读个人信息说明，并勾选同意']);
    return e;
  }
  function clear() {
    [].forEach.call(form.querySelectorAll('.err'), function (p) { p.textContent = ''; });
    [].forEach.call(form.querySelectorAll('[aria-invalid]'), function (i) { i.removeAttribute('aria-invalid'); });
    $('e-form').hidden = true;
  }
  function alertForm(text) { $('e-form').textContent = text; $('e-form').hidden = false; }
  function show(errors) {
    var first = null;
    errors.forEach(function (x) {
      var key = x[0].replace(/[\[.].*$/, ''), p = $('e-' + key);
      if (!p) { alertForm(x[1]); return; }
      if (!p.textContent) p.textContent = x[1];
      var input = $(key) || form.querySelector('input[name="' + key + '"]');
      if (input) { input.setAttribute('aria-invalid', 'true'); first = first || input; }
    });
    if (!$('e-form').textContent || $('e-form').hidden) alertForm('请按红色提示修改后再提交。');
    if (first) { first.focus(); first.scrollIntoView({ block: 'center' }); }
  }
  form.addEventListener('input', function (e) {
    var key = e.target.name && e.target.type !== 'text' ? e.target.name : e.target.id, p = $('e-' + (key === 'skill' || key === 'skillOther' ? 'skills' : key));
    if (p) p.textContent = '';
    e.target.removeAttribute('aria-invalid');
  });

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    if (busy) return;
    clear();
    var d = collect(), errors = check(d);
    if (errors.length) { show(errors); return; }
    busy = true; btn.disabled = true; btn.textContent = '正在提交…';
    fetch('/api/registrations', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN' }, body: JSON.stringify(d) })
      .then(function (r) { return r.json().catch(function () { return {}; }).then(function (b) { return { status: r.status, body: b }; }); })
      .then(function (r) {
        if (r.status === 201) { done(r.body.reference, r.body.cardUrl); return; }
        var errs = (r.body.errors || []).map(function (e) { return [e.name, e.reason]; });
        if (errs.some(function (e) { return e[0] === 'consentVersion'; })) { $('consent').checked = false; loadConsent(); }
        if (errs.length) show(errs); else alertForm(r.body.detail || '提交没有成功，请稍后再试。');
      })
      .catch(function () { alertForm('网络连接失败，请检查网络后再点“提交登记”。您填写的内容都还在。'); })
      .then(function () { busy = false; btn.disabled = false; btn.textContent = '提交登记'; });
  });
  function done(reference, cardUrl) {
    form.hidden = true; $('ref').textContent = reference; $('done').hidden = false;
    var link = $('card-link'); link.href = cardUrl; link.textContent = cardUrl;
    // The key is shown only in this answer, so its QR code is drawn by a request that carries it.
    fetch('/api/me/card.svg', { headers: { Authorization: 'Bearer ' + cardUrl.slice(cardUrl.lastIndexOf('/') + 1) } })
      .then(function (r) { return r.ok ? r.text() : ''; })
      .then(function (svg) { if (svg) { $('card-qr').src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg); $('card-qr').hidden = false; } })
      .catch(function () {});
    window.scrollTo(0, 0); $('done').focus();
  }

  // A district's towns each link their own form (/register?townId=2: that town's notice and points); without one, the
  // notice is the chosen point's town's.
  var named = new URLSearchParams(location.search).get('townId') || '', pointTown = {}, townNames = {}, shownTown = null;
  var town = /^\d+$/.test(named) ? '?townId=' + named : '';
  function get(url) { return fetch(url, { headers: { 'Accept-Language': 'zh-CN' } }).then(function (r) { if (!r.ok) throw r; return r.json(); }); }
  function loadConsent() {
    var chosen = pointTown[$('learningPointId').value], query = chosen ? '?townId=' + chosen : town;
    return get('/api/registrations/consent' + query).then(function (c) { version = c.version; shownTown = c.townId; $('notice').textContent = c.text; })
      .catch(function () { $('notice').textContent = query ? '个人信息说明加载失败，请刷新页面重试。' : '请先选择学习点，再阅读个人信息说明。'; });
  }
  loadConsent();
  get('/api/learning-points' + town).then(function (list) {
    var items = list.items || [], sel = $('learningPointId');
    sel.innerHTML = '<option value="">' + (items.length ? '请选择' : '暂无学习点') + '</option>';
    // Points of several towns are grouped under their town's name, so two towns' 新连村 are told apart.
    var groups = {}, several = items.some(function (p) { return p.townId !== items[0].townId; });
    items.forEach(function (p) {
      var o = document.createElement('option'); o.value = p.id; o.textContent = p.name; pointTown[p.id] = p.townId; townNames[p.townId] = p.townName;
      if (!several) { sel.appendChild(o); return; }
      if (!groups[p.townId]) { groups[p.townId] = document.createElement('optgroup'); groups[p.townId].label = p.townName; sel.appendChild(groups[p.townId]); }
      groups[p.townId].appendChild(o);
    });
    if (items.length && !several) nameTown(items[0].townName);
  }).catch(function () { $('learningPointId').innerHTML = '<option value="">学习点加载失败，请刷新页面重试</option>'; });
  // The page names the volunteer's town: the one town whose points it lists, or in a district the chosen point's.
  function nameTown(name) {
    if (!name) return;
    document.title = document.querySelector('h1').textContent = name + '社区教育志愿者登记';
    document.querySelectorAll('.town-name').forEach(function (s) { s.textContent = name; });
  }
  // Another town's notice is another notice: it is read and agreed to again.
  $('learningPointId').addEventListener('change', function () {
    var chosen = pointTown[this.value];
    nameTown(townNames[chosen]);
    if (chosen && (!version || (shownTown != null && chosen !== shownTown))) { $('consent').checked = false; loadConsent(); }
  });
})();
