import { describe, expect, it } from 'vitest'
import { announce, onAnnounce } from './announce.js'

describe('success messages', () => {
  it('reach every listener until it stops listening', () => {
    const heard = []
    const stop = onAnnounce(m => heard.push(m))
    announce('Claim settled')
    stop()
    announce('unheard')
    expect(heard).toEqual(['Claim settled'])
  })
})
