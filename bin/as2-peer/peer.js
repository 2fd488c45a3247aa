// An AS2 partner built on libas2 (npm, independent of as2-lib) for bin/check-as2-libas2.
//   node peer.js send <case> <portal AS2 URL> <dir>   one message to the portal; prints a JSON verdict
//   node peer.js serve <port> <dir>                   receives the portal's messages (/as2) and async MDNs (/mdn)
// <dir> holds peer.pem / peer.key (this partner) and portal.pem (the portal's certificate).
// Cases: signed-encrypted (signed sync MDN), unsigned-mdn (no Disposition-Notification-Options: an unsigned MDN),
// async-mdn (Receipt-Delivery-Option to this peer's /mdn), compress-before-sign.
// libas2 0.8.2 cannot compress (its roadmap: "Write implementation of CMS compression"): for compress-before-sign
// this script builds the CMS CompressedData entity itself (RFC 3274, zlib, with asn1js, a libas2 dependency) and
// lets libas2 sign and encrypt it. libas2 cannot read compressed messages either: the portal's profile for this
// partner therefore does not compress what it sends.
'use strict'
const fs = require('fs')
const http = require('http')
const path = require('path')
const zlib = require('zlib')
const asn1js = require('asn1js')
const { AS2MimeNode, AS2Parser, AS2Crypto } = require('libas2')
const pkijs = require('pkijs')

// libas2 0.8.2 asks pkijs for the signing algorithm by the OID of the certificate's key, rsaEncryption, which pkijs 2.x
// names RSAES-PKCS1-v1_5 (an encryption scheme): WebCrypto then refuses to sign ("Unsupported signature algorithm:
// RSAES-PKCS1-v1_5") and this peer could send nothing signed. For that OID it gets RSASSA-PKCS1-v1_5, the RSA
// signature scheme every AS2 product signs with (the hash is set by libas2 afterwards).
const algorithmByOid = pkijs.CryptoEngine.prototype.getAlgorithmByOID
pkijs.CryptoEngine.prototype.getAlgorithmByOID = function (oid, ...rest) {
  return oid === '1.2.840.113549.1.1.1' ? { name: 'RSASSA-PKCS1-v1_5', hash: { name: 'SHA-256' } } : algorithmByOid.call(this, oid, ...rest)
}

const [, , command, ...args] = process.argv
const PEER_ID = 'ECOPROBMUS'
const PORTAL_ID = 'ASCENDELEMENTS'

function keys (dir) {
  return {
    cert: fs.readFileSync(path.join(dir, 'peer.pem'), 'utf8'),
    key: fs.readFileSync(path.join(dir, 'peer.key'), 'utf8'),
    portal: fs.readFileSync(path.join(dir, 'portal.pem'), 'utf8')
  }
}

function compressedData (entity) {
  const inner = new asn1js.Sequence({ value: [
    new asn1js.Integer({ value: 0 }),
    new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.9.16.3.8' })] }),
    new asn1js.Sequence({ value: [
      new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.7.1' }),
      new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 },
        value: [new asn1js.OctetString({ valueHex: new Uint8Array(zlib.deflateSync(entity)).buffer })] })
    ] })
  ] })
  const info = new asn1js.Sequence({ value: [
    new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.9.16.1.9' }),
    new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [inner] })
  ] })
  return Buffer.from(info.toBER(false))
}

async function send (kind, url, dir) {
  const k = keys(dir)
  const isa13 = String(Date.now() % 1000000000).padStart(9, '0')
  const x12 = 'ISA*00*          *00*          *ZZ*ECOPROBMUS     *ZZ*ASCENDELEMENTS *260101*1200*U*00401*' + isa13 + '*0*P*>~\n' +
    'GS*PO*ECOPRO*ASCENDEL*20261128*1015*' + Number(isa13) + '*X*004010~\nST*850*0001~\nBEG*00*SA*LA2-' + isa13 + '**20261128~\n' +
    'CUR*BY*USD~\nDTM*002*20261220~\nN1*BY*EcoPro BM America~\nN1*SE*Ascend Elements~\nPO1*1*12000*KG*28.5**VP*CAM-NMC811~\n' +
    'CTT*1~\nSE*9*0001~\nGE*1*' + Number(isa13) + '~\nIEA*1*' + isa13 + '~\n'
  const fileName = 'libas2-' + kind + '-' + isa13 + '.x12'
  let node = new AS2MimeNode({ filename: fileName, contentType: 'application/edi-x12', content: x12 })
  if (kind === 'compress-before-sign') {
    const entity = await node.build()
    node = new AS2MimeNode({ contentType: 'application/pkcs7-mime; smime-type=compressed-data; name=smime.p7z',
      content: compressedData(entity), headers: { 'Content-Transfer-Encoding': 'base64' } })
  }
  const signed = await node.sign({ cert: k.cert, key: k.key, algorithm: 'sha-256' })
  // the MIC a correct MDN returns: the digest libas2's own verification computes over what it signed
  const reparsed = await AS2Parser.parse(await signed.build())
  const verified = await AS2Crypto.verify(reparsed, { cert: k.cert }, true)
  const expectedMic = verified.digest.toString('base64')
  const message = await signed.encrypt({ cert: k.portal, encryption: 'aes256-CBC' })  // libas2's name (Constants.ENCRYPTION.AES256_CBC)
  message.setHeader([{ key: 'AS2-From', value: PEER_ID }, { key: 'AS2-To', value: PORTAL_ID }, { key: 'AS2-Version', value: '1.2' }])
  message.messageId(true)
  message.setHeader('Disposition-Notification-To', 'edi@ecopro.invalid')
  if (kind !== 'unsigned-mdn') {
    message.setHeader('Disposition-Notification-Options', 'signed-receipt-protocol=optional, pkcs7-signature; signed-receipt-micalg=optional, sha-256')
  }
  if (kind === 'async-mdn') {
    message.setHeader('Receipt-Delivery-Option', process.env.PEER_MDN_URL)
  }
  const built = await message.build()
  const split = built.indexOf('\r\n\r\n')
  const headerText = built.subarray(0, split).toString('latin1').replace(/\r\n[ \t]+/g, ' ')
  const headers = {}
  for (const line of headerText.split('\r\n')) {
    const i = line.indexOf(':')
    headers[line.substring(0, i).trim()] = line.substring(i + 1).trim()
  }
  const body = built.subarray(split + 4)
  const response = await post(url, headers, body)
  const verdict = { kind, fileName, messageId: headers['Message-ID'], expectedMic, status: response.status }
  if (kind === 'async-mdn') {
    verdict.synchronousBody = response.body.length
  } else {
    Object.assign(verdict, await readMdn(response.headers, response.body, k))
  }
  console.log(JSON.stringify(verdict))
}

async function readMdn (headers, body, k) {
  const mdn = await AS2Parser.parse({ headers, content: body })
  const signed = !!mdn.signed
  if (signed) {
    const ok = await AS2Crypto.verify(mdn, { cert: k.portal })
    if (!ok) return { signed, signatureValid: false }
  }
  const text = (await mdn.build()).toString('latin1')
  const field = name => { const m = text.match(new RegExp('^' + name + ':\\s*(.*)$', 'mi')); return m ? m[1].trim() : null }
  return { signed, signatureValid: signed ? true : null, disposition: field('Disposition'), mic: field('Received-Content-MIC'),
    originalMessageId: field('Original-Message-ID') }
}

function post (url, headers, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { ...headers, 'Content-Length': body.length } }, response => {
      const chunks = []
      response.on('data', c => chunks.push(c))
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }))
    })
    request.on('error', reject)
    request.end(body)
  })
}

function serve (port, dir) {
  const k = keys(dir)
  const log = path.join(dir, 'received.jsonl')
  http.createServer((request, response) => {
    const chunks = []
    request.on('data', c => chunks.push(c))
    request.on('end', async () => {
      const body = Buffer.concat(chunks)
      fs.writeFileSync(path.join(dir, 'last-request.bin'), body)
      fs.writeFileSync(path.join(dir, 'last-request.json'), JSON.stringify(request.headers))
      try {
        const node = await AS2Parser.parse({ headers: request.headers, content: body })
        if (request.url.startsWith('/mdn')) {
          const result = await readMdn(request.headers, body, k)
          fs.appendFileSync(log, JSON.stringify({ type: 'async-mdn', ...result }) + '\n')
          response.writeHead(200).end('MDN received')
          return
        }
        // a message from the portal: decrypt, verify against its certificate, answer with an MDN signed when the
        // message asks for one (libas2 signs by its agreement, not by the request's Disposition-Notification-Options)
        const options = request.headers['disposition-notification-options'] || ''
        const signing = /signed-receipt-protocol/i.test(options) ? 'sha-256' : undefined
        const agreement = {
          host: { name: 'EcoPro (libas2)', id: PEER_ID, url: 'http://127.0.0.1:' + port + '/as2', certificate: k.cert, privateKey: k.key, decrypt: true, sign: 'sha-256' },
          partner: { name: 'Ascend Elements', id: PORTAL_ID, url: 'http://127.0.0.1/', file: 'EDIX12', certificate: k.portal, encrypt: false, verify: true, mdn: { signing } }
        }
        const { contentNode, dispositionNode, disposition } = await node.dispositionOut({ agreement })  // no returned message: libas2 signs an MDN carrying one over bytes other than those it sends
        const content = contentNode ? (contentNode.content || '').toString() : ''
        fs.appendFileSync(log, JSON.stringify({ type: 'message', from: request.headers['as2-from'],
          processed: disposition.notification.disposition.processed, mic: disposition.notification.receivedContentMic,
          failure: (disposition.notification.disposition.description || {}).text,
          isa: content.substring(0, 106), bytes: content.length }) + '\n')
        const { headers, body: mdnBody } = await dispositionNode.buildObject()
        fs.writeFileSync(path.join(dir, 'last-mdn.bin'), Object.entries(headers).map(([k, v]) => k + ': ' + v).join('\r\n') + '\r\n\r\n' + mdnBody)
        response.writeHead(200, headers).end(mdnBody)
      } catch (error) {
        fs.appendFileSync(log, JSON.stringify({ type: 'error', url: request.url, error: String(error && error.stack || error) }) + '\n')
        response.writeHead(500).end(String(error))
      }
    })
  }).listen(Number(port), '127.0.0.1')
}

if (command === 'send') {
  send(args[0], args[1], args[2]).catch(e => { console.log(JSON.stringify({ kind: args[0], error: String(e && e.stack || e) })); process.exitCode = 1 })
} else if (command === 'serve') {
  serve(args[0], args[1])
} else {
  console.error('usage: peer.js send <case> <url> <dir> | serve <port> <dir>')
  process.exitCode = 2
}
