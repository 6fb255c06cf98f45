// The operations console: one read (GET /ops/api/summary) every 15 s, drawn as tables and
// charts; Retry on a dead letter is POST /api/deliveries/{id}/retry through the gateway.
// Every value is put in the page as text, never as HTML.
'use strict';
(() => {
  const REFRESH_MS = 15000;
  const charts = {};
  const retried = new Map(); // delivery id -> status after a retry, shown until the next list drops it
  const $ = (selector, root = document) => root.querySelector(selector);

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function time(value) {
    if (!value) return '';
    const d = new Date(value);
    return isNaN(d) ? String(value) : d.toISOString().replace('T', ' ').replace(/:\d\d\.\d+Z$|:\d\dZ$/, 'Z');
  }

  function fillRows(tbody, rows, columns, emptyText) {
    tbody.replaceChildren();
    if (!rows.length) {
      const tr = el('tr');
      const td = el('td', emptyText, 'empty');
      td.colSpan = columns;
      tr.append(td);
      tbody.append(tr);
    }
    rows.forEach((cells) => {
      const tr = el('tr');
      cells.forEach((cell) => tr.append(cell instanceof Node ? cell : el('td', cell)));
      tbody.append(tr);
    });
  }

  function sectionStatus(name, section) {
    const box = $(`.section-status[data-for="${name}"]`);
    const ok = section && section.status === 'ok';
    box.className = 'section-status ' + (ok ? 'ok' : 'unavailable');
    box.textContent = ok ? '' : 'unavailable' + (section && section.reason ? ' — ' + section.reason : '');
    return ok;
  }

  async function api(method, path, body) {
    const token = await OpsAuth.token();
    const headers = {Authorization: 'Bearer ' + token, Accept: 'application/json'};
    if (method !== 'GET') headers['Idempotency-Key'] = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
    if (response.status === 401) return OpsAuth.login();
    return response;
  }

  function drawChart(id, labels, series, unit) {
    if (!window.Chart) return;
    const palette = ['#12315b', '#c0392b', '#1e7b34', '#8e44ad', '#d35400', '#16a085', '#7f8c8d', '#2c3e50'];
    const datasets = Object.keys(series).map((name, i) => ({
      label: name, data: series[name], borderColor: palette[i % palette.length],
      backgroundColor: palette[i % palette.length], tension: 0.2, pointRadius: labels.length < 12 ? 3 : 0, borderWidth: 2
    }));
    if (charts[id]) {
      charts[id].data.labels = labels;
      charts[id].data.datasets = datasets;
      charts[id].update('none');
      return;
    }
    charts[id] = new window.Chart(document.getElementById(id), {
      type: 'line', data: {labels, datasets},
      options: {animation: false, maintainAspectRatio: false, interaction: {mode: 'index', intersect: false},
        scales: {y: {beginAtZero: true, title: {display: true, text: unit}}},
        plugins: {legend: {position: 'bottom', labels: {boxWidth: 12}}}}
    });
  }

  function renderFlow(flow) {
    const ok = sectionStatus('flow', flow);
    const labels = (flow.times || []).map((t) => new Date(t).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'}));
    drawChart('throughputChart', labels, flow.eventsPerMinute || {}, 'events / minute');
    drawChart('lagChart', labels, flow.lag || {}, 'events behind');
    fillRows($('#topics tbody'), Object.entries(flow.currentEventsPerMinute || {}).map(([topic, rate]) =>
      [topic, el('td', rate, 'num')]), 2, ok ? 'no topics yet' : 'no data');
    fillRows($('#groups tbody'), Object.entries(flow.currentLag || {}).map(([group, lag]) =>
      [group, el('td', lag, 'num')]), 2, ok ? 'no consumer groups yet' : 'no data');
  }

  function renderDeliveries(section) {
    const ok = sectionStatus('deliveries', section);
    const byStatus = ok ? (section.byStatus || {}) : {};
    const byAgency = ok ? (section.byAgency || {}) : {};
    fillRows($('#byStatus tbody'), Object.entries(byStatus).map(([status, n]) => [status, el('td', n, 'num')]), 2, 'none');
    const rows = [];
    Object.entries(byAgency).forEach(([agency, value]) => {
      if (typeof value === 'number') rows.push([agency, '', el('td', value, 'num')]);
      else Object.entries(value).forEach(([status, n]) => rows.push([agency, status, el('td', n, 'num')]));
    });
    fillRows($('#byAgency tbody'), rows, 3, 'none');
  }

  function retryButton(id) {
    const td = el('td');
    const button = el('button', 'Retry', 'retry');
    button.type = 'button';
    button.dataset.deliveryId = id;
    button.addEventListener('click', async () => {
      button.disabled = true;
      button.textContent = 'Retrying…';
      try {
        const response = await api('POST', '/api/deliveries/' + encodeURIComponent(id) + '/retry');
        let status = response.ok ? 'RETRYING' : 'retry failed (' + response.status + ')';
        if (response.ok) {
          try { const body = await response.json(); if (body && body.status) status = body.status; } catch (e) { /* no body */ }
        }
        retried.set(id, status);
        const row = button.closest('tr');
        row.querySelector('td.status').textContent = status;
        if (status === 'DELIVERED') row.classList.add('delivered');
        button.textContent = response.ok ? 'Retried' : 'Retry';
        button.disabled = response.ok;
        setTimeout(refresh, 1000);
      } catch (e) {
        button.disabled = false;
        button.textContent = 'Retry';
      }
    });
    td.append(button);
    return td;
  }

  function renderRows(name, section, columns) {
    const tbody = $(`#${name} tbody`);
    const ok = sectionStatus(name, section);
    const items = ok ? (section.items || []) : [];
    fillRows(tbody, items.map((item) => columns(item)), $(`#${name} thead tr`).children.length, ok ? 'none' : 'unavailable');
  }

  function render(summary) {
    renderFlow(summary.flow || {});
    renderDeliveries(summary.deliveries);
    const delivered = [];
    renderRows('deadLetters', summary.deadLetters, (d) => {
      const tr = [d.id, d.agencyOrgId || d.recipientOrgId || '', el('td', d.attempts ?? d.attemptCount ?? '', 'num'),
        time(d.lastAttemptAt || d.deadLetteredAt || d.updatedAt), el('td', retried.get(d.id) || d.status || '', 'status'),
        retryButton(d.id)];
      return tr;
    });
    // A retried delivery that left the dead letters is shown once more, as delivered.
    const listed = new Set(((summary.deadLetters || {}).items || []).map((d) => d.id));
    retried.forEach((status, id) => { if (!listed.has(id)) delivered.push(id); });
    const tbody = $('#deadLetters tbody');
    delivered.forEach((id) => {
      if (tbody.querySelector('td.empty')) tbody.replaceChildren();
      const tr = el('tr', null, 'delivered');
      tr.append(el('td', id), el('td', ''), el('td', ''), el('td', ''), el('td', 'DELIVERED', 'status'), el('td', 'no longer a dead letter'));
      tbody.append(tr);
      retried.delete(id);
    });
    renderRows('unlinkedMissingReports', summary.unlinkedMissingReports, (m) =>
      [m.id, m.settingOrgId || '', m.riskGrade || '', time(m.reportedAt || m.createdAt || m.unlinkedSince)]);
    renderRows('overdueReferrals', summary.overdueReferrals, (r) =>
      [r.id, r.agencyOrgId || '', r.status || '', time(r.dueBy)]);
    renderRows('overdueReturnInterviews', summary.overdueReturnInterviews, (m) =>
      [m.id, m.settingOrgId || '', time(m.returnedAt), time(m.interviewDueBy)]);
    $('#refreshed').textContent = 'updated ' + new Date().toLocaleTimeString();
  }

  let inFlight = false;
  async function refresh() {
    if (inFlight) return;
    inFlight = true;
    try {
      const response = await api('GET', '/ops/api/summary');
      if (!response) return;
      if (response.status === 403) throw new Error('This console is for the ops role.');
      if (!response.ok) throw new Error('The summary could not be loaded (' + response.status + ').');
      render(await response.json());
      $('#error').hidden = true;
      $('#console').hidden = false;
    } catch (e) {
      $('#error').textContent = e.message;
      $('#error').hidden = false;
    } finally {
      inFlight = false;
    }
  }

  async function start() {
    try {
      await OpsAuth.init();
    } catch (e) {
      $('#error').textContent = e.message;
      $('#error').hidden = false;
      return;
    }
    $('#refresh').addEventListener('click', refresh);
    $('#logout').addEventListener('click', () => OpsAuth.logout());
    await refresh();
    setInterval(refresh, REFRESH_MS);
  }

  document.addEventListener('DOMContentLoaded', start);
})();
